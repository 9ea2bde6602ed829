// A laid-out drawing as a standalone SVG (for the README and docs), with the legend below it.
import { FONT_SIZE, type Box, type Drawing, type PlacedEdge, type PlacedNode } from "./layout";
import { DEPARTURES, GROUP_STROKE, INK, LOOKS, lookOf } from "./style";

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
const round = (value: number) => Math.round(value * 10) / 10;

function lines(label: string, centreX: number, centreY: number, anchor = "middle"): string {
  const all = label.split("\n");
  const top = centreY - ((all.length - 1) * 16) / 2;
  const spans = all.map((line, i) => `<tspan x="${round(centreX)}" y="${round(top + i * 16)}">${escape(line)}</tspan>`);
  return `<text text-anchor="${anchor}" dominant-baseline="middle">${spans.join("")}</text>`;
}

function node(placed: PlacedNode): string {
  const { fill, stroke } = lookOf(placed.className);
  const { x, y, width, height } = placed;
  const colours = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"`;
  const shape =
    placed.shape === "database"
      ? `<path d="M${x},${y + 8} a${width / 2},8 0 0 0 ${width},0 a${width / 2},8 0 0 0 ${-width},0 v${height - 16} a${width / 2},8 0 0 0 ${width},0 v${-(height - 16)}" ${colours}/>`
      : `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" ${colours}/>`;
  const centreY = y + height / 2 + (placed.shape === "database" ? 4 : 0);
  return `<g id="${escape(placed.id)}">${shape}${lines(placed.label, x + width / 2, centreY)}</g>`;
}

function edge(placed: PlacedEdge): string {
  const path = placed.points.map((point, i) => `${i ? "L" : "M"}${round(point.x)},${round(point.y)}`).join(" ");
  const dashed = placed.kind === "-.->" ? ` stroke-dasharray="5 4"` : "";
  const arrow = placed.kind === "---" ? "" : ` marker-end="url(#arrow)"`;
  const label = placed.labelBox && placed.label ? edgeLabel(placed.labelBox, placed.label) : "";
  return `<g><path d="${path}" fill="none" stroke="${GROUP_STROKE}" stroke-width="1.3"${dashed}${arrow}/>${label}</g>`;
}

function edgeLabel(box: Box, label: string): string {
  return (
    `<rect x="${round(box.x)}" y="${round(box.y)}" width="${box.width}" height="${box.height}" fill="#ffffff" opacity="0.9"/>` +
    lines(label, box.x + box.width / 2, box.y + box.height / 2)
  );
}

function legend(top: number): { svg: string; height: number } {
  const parts: string[] = [];
  let y = top;
  for (const look of Object.values(LOOKS)) {
    parts.push(`<rect x="16" y="${y}" width="28" height="16" rx="3" fill="${look.fill}" stroke="${look.stroke}"/>`);
    parts.push(lines(look.legend, 52, y + 8, "start"));
    y += 24;
  }
  y += 8;
  for (const line of DEPARTURES) {
    parts.push(lines(line, 16, y + 8, "start"));
    y += 18;
  }
  return { svg: `<g id="legend">${parts.join("")}</g>`, height: y - top };
}

export function toSvg(drawing: Drawing, title: string): string {
  const below = legend(drawing.height + 24);
  const width = Math.ceil(Math.max(drawing.width, 860));
  const height = Math.ceil(drawing.height + 24 + below.height + 16);
  const groups = drawing.groups.map(
    (group) =>
      `<g id="${escape(group.id)}"><rect x="${group.x}" y="${group.y}" width="${group.width}" height="${group.height}" rx="8" fill="#ffffff" stroke="${GROUP_STROKE}" stroke-dasharray="6 4"/>` +
      lines(group.label, group.x + 12, group.y + 16, "start") +
      "</g>",
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(title)}">`,
    `<title>${escape(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${GROUP_STROKE}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<g font-family="Helvetica, Arial, sans-serif" font-size="${FONT_SIZE}" fill="${INK}">`,
    ...groups,
    ...drawing.edges.map(edge),
    ...drawing.nodes.map(node),
    below.svg,
    "</g>",
    "</svg>",
    "",
  ].join("\n");
}
