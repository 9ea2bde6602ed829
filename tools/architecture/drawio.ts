// Laid-out drawings as one draw.io file, a page each: boxes coloured by
// class, subgraphs as containers, edges with their labels and ELK's bends,
// and the legend, so the file opens in draw.io looking like the SVGs.
import type { Drawing } from "./layout";
import { DEPARTURES, GROUP_STROKE, INK, LOOKS, lookOf } from "./style";

const xml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const value = (label: string) => xml(xml(label).replace(/\n/g, "<br>"));
const round = (n: number) => Math.round(n * 10) / 10;

function geometry(x: number, y: number, width: number, height: number): string {
  return `<mxGeometry x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" as="geometry"/>`;
}

function page(id: string, name: string, drawing: Drawing): string {
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  const boxes = new Map<string, { x: number; y: number }>([["1", { x: 0, y: 0 }]]);
  const cellId = (nodeId: string) => `${id}-${nodeId}`;
  for (const group of drawing.groups) {
    const parent = group.parent ? cellId(group.parent) : "1";
    const at = boxes.get(parent)!;
    boxes.set(cellId(group.id), group);
    cells.push(
      `<mxCell id="${cellId(group.id)}" value="${value(group.label)}" style="swimlane;startSize=28;rounded=1;dashed=1;fillColor=none;strokeColor=${GROUP_STROKE};fontColor=${INK};html=1;" vertex="1" parent="${parent}">${geometry(group.x - at.x, group.y - at.y, group.width, group.height)}</mxCell>`,
    );
  }
  for (const node of drawing.nodes) {
    const parent = node.parent ? cellId(node.parent) : "1";
    const at = boxes.get(parent)!;
    const { fill, stroke } = lookOf(node.className);
    const shape = node.shape === "database" ? "shape=cylinder3;boundedLbl=1;size=8;" : "rounded=1;";
    cells.push(
      `<mxCell id="${cellId(node.id)}" value="${value(node.label)}" style="${shape}whiteSpace=wrap;html=1;fillColor=${fill};strokeColor=${stroke};fontColor=${INK};" vertex="1" parent="${parent}">${geometry(node.x - at.x, node.y - at.y, node.width, node.height)}</mxCell>`,
    );
  }
  drawing.edges.forEach((edge, index) => {
    const dashed = edge.kind === "-.->" ? "dashed=1;" : "";
    const arrow = edge.kind === "---" ? "endArrow=none;" : "endArrow=block;endFill=1;";
    const bends = edge.points.slice(1, -1);
    const points = bends.length
      ? `<Array as="points">${bends.map((p) => `<mxPoint x="${round(p.x)}" y="${round(p.y)}"/>`).join("")}</Array>`
      : "";
    cells.push(
      `<mxCell id="${id}-edge-${index}" value="${value(edge.label ?? "")}" style="edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;${dashed}${arrow}strokeColor=${GROUP_STROKE};fontColor=${INK};labelBackgroundColor=#ffffff;" edge="1" parent="1" source="${cellId(edge.from)}" target="${cellId(edge.to)}"><mxGeometry relative="1" as="geometry">${points}</mxGeometry></mxCell>`,
    );
  });
  let y = drawing.height + 24;
  Object.entries(LOOKS).forEach(([name, look]) => {
    cells.push(
      `<mxCell id="${id}-legend-${name}" value="${value(look.legend)}" style="rounded=1;html=1;fillColor=${look.fill};strokeColor=${look.stroke};fontColor=${INK};align=left;spacingLeft=8;" vertex="1" parent="1">${geometry(16, y, 360, 22)}</mxCell>`,
    );
    y += 28;
  });
  cells.push(
    `<mxCell id="${id}-departures" value="${value(DEPARTURES.join("\n"))}" style="text;html=1;align=left;verticalAlign=top;whiteSpace=wrap;fontColor=${INK};" vertex="1" parent="1">${geometry(16, y + 8, Math.max(drawing.width, 860) - 32, DEPARTURES.length * 20)}</mxCell>`,
  );
  return `<diagram id="${id}" name="${xml(name)}"><mxGraphModel grid="1" gridSize="10" guides="1" page="0" math="0" shadow="0"><root>\n${cells.join("\n")}\n</root></mxGraphModel></diagram>`;
}

export function toDrawio(pages: { id: string; name: string; drawing: Drawing }[]): string {
  return `<mxfile host="cinema" agent="tools/draw-architecture.ts">\n${pages.map((p) => page(p.id, p.name, p.drawing)).join("\n")}\n</mxfile>\n`;
}
