// A flowchart laid out by ELK's layered algorithm (elkjs): every box sized for
// its label, subgraphs as containers, edges routed with their labels placed.
// Positions are absolute; the same flowchart always gives the same drawing.
import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk.bundled.js";
import type { FlowEdge, Flowchart, FlowNode } from "./flowchart";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends FlowNode, Box {}
export interface PlacedGroup extends Box {
  id: string;
  label: string;
  parent?: string;
}
export interface PlacedEdge extends FlowEdge {
  points: { x: number; y: number }[];
  labelBox?: Box;
}

export interface Drawing {
  width: number;
  height: number;
  groups: PlacedGroup[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export const FONT_SIZE = 12;
const LINE = 16;
const CHAR = 6.6;
const GROUP_HEADER = 28;

/** The size a label needs, from its longest line: no font is measured, so the drawing is the same on every machine. */
export function textSize(label: string, padding = 0): { width: number; height: number } {
  const lines = label.split("\n");
  return {
    width: Math.ceil(Math.max(...lines.map((line) => line.length)) * CHAR) + padding,
    height: lines.length * LINE + padding / 2,
  };
}

function nodeSize(node: FlowNode) {
  const size = textSize(node.label, 28);
  return { width: Math.max(size.width, 90), height: size.height + (node.shape === "database" ? 16 : 6) };
}

export async function layOut(chart: Flowchart): Promise<Drawing> {
  const elkNodes = new Map<string, ElkNode>();
  for (const [id, group] of chart.subgraphs)
    elkNodes.set(id, {
      id,
      children: [],
      layoutOptions: { "elk.padding": `[top=${GROUP_HEADER + 12},left=16,bottom=16,right=16]` },
      labels: [{ text: group.label }],
    });
  for (const node of chart.nodes.values()) elkNodes.set(node.id, { id: node.id, ...nodeSize(node) });
  const root: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": chart.direction === "LR" ? "RIGHT" : "DOWN",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.spacing.nodeNodeBetweenLayers": "70",
      "elk.spacing.nodeNode": "36",
      "elk.spacing.edgeLabel": "4",
      "elk.edgeLabels.placement": "CENTER",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    },
    children: [],
    edges: chart.edges.map((edge, index): ElkExtendedEdge => ({
      id: `e${index}`,
      sources: [edge.from],
      targets: [edge.to],
      labels: edge.label ? [{ text: edge.label, ...textSize(edge.label, 8) }] : [],
    })),
  };
  const parentOf = (id: string) => chart.nodes.get(id)?.parent ?? chart.subgraphs.get(id)?.parent;
  for (const [id, elkNode] of elkNodes) {
    const parent = parentOf(id);
    (parent ? elkNodes.get(parent)! : root).children!.push(elkNode);
  }
  const laid = await new ELK().layout(root);

  const origin = new Map<string, { x: number; y: number }>([["root", { x: 0, y: 0 }]]);
  const drawing: Drawing = { width: laid.width!, height: laid.height!, groups: [], nodes: [], edges: [] };
  const place = (elkNode: ElkNode, offset: { x: number; y: number }) => {
    const box = { x: offset.x + elkNode.x!, y: offset.y + elkNode.y!, width: elkNode.width!, height: elkNode.height! };
    origin.set(elkNode.id, box);
    const group = chart.subgraphs.get(elkNode.id);
    if (group) drawing.groups.push({ id: elkNode.id, label: group.label, parent: group.parent, ...box });
    else drawing.nodes.push({ ...chart.nodes.get(elkNode.id)!, ...box });
    for (const child of elkNode.children ?? []) place(child, box);
  };
  for (const child of laid.children ?? []) place(child, { x: 0, y: 0 });

  for (const [index, elkEdge] of (laid.edges ?? []).entries()) {
    const at = origin.get((elkEdge as { container?: string }).container ?? "root")!;
    const shift = (point: { x: number; y: number }) => ({ x: at.x + point.x, y: at.y + point.y });
    const section = elkEdge.sections![0];
    const label = elkEdge.labels?.[0];
    drawing.edges.push({
      ...chart.edges[index],
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(shift),
      ...(label
        ? { labelBox: { ...shift({ x: label.x!, y: label.y! }), width: label.width!, height: label.height! } }
        : {}),
    });
  }
  return drawing;
}
