// A reader for the Mermaid flowcharts of docs/architecture.md: their nodes
// (label, shape, class), subgraphs and edges (kind, label). The drawings'
// test checks them against the code with it, and tools/draw-architecture.ts
// turns them into the draw.io file and the SVGs.

export type EdgeKind = "-->" | "-.->" | "---";
export type Shape = "box" | "database";

export interface FlowNode {
  id: string;
  label: string;
  shape: Shape;
  className?: string;
  /** The subgraph it is drawn in. */
  parent?: string;
}

export interface FlowEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
}

export interface Flowchart {
  direction: "LR" | "TB";
  nodes: Map<string, FlowNode>;
  subgraphs: Map<string, { label: string; parent?: string }>;
  edges: FlowEdge[];
}

const SHAPE = /(\w+)\s*(\[\((.*?)\)\]|\[(.*?)\]|\(\((.*?)\)\)|\((.*?)\)|\{(.*?)\})/g;
const ARROW = /(-->|-\.->|---)\|([^|]*)\||--\s(.*?)\s-->|-\.\s(.*?)\s\.->|-->|-\.->|---/g;

const text = (label: string) =>
  label
    .replace(/^"|"$/g, "")
    .replace(/<br\s*\/?>/g, "\n")
    .trim();

/** Every edge of a line, chains and `&` groups spread out; node shapes are recorded in `shapes`. */
export function lineEdges(line: string, shapes?: (id: string, label: string, shape: Shape) => void): FlowEdge[] {
  const bare = line.replace(
    SHAPE,
    (_match, id: string, _shape, cylinder?: string, ...labels: (string | undefined)[]) => {
      const label = cylinder ?? labels.slice(0, 4).find((value) => value !== undefined) ?? id;
      shapes?.(id, text(label), cylinder !== undefined ? "database" : "box");
      return id;
    },
  );
  const parts: string[] = [];
  const arrows: { kind: EdgeKind; label?: string }[] = [];
  let last = 0;
  for (const match of bare.matchAll(ARROW)) {
    parts.push(bare.slice(last, match.index));
    last = match.index + match[0].length;
    const kind = (match[1] ??
      (match[0].startsWith("-.") ? "-.->" : match[0].startsWith("---") ? "---" : "-->")) as EdgeKind;
    const label = match[2] ?? match[3] ?? match[4];
    arrows.push({ kind, ...(label ? { label: text(label) } : {}) });
  }
  parts.push(bare.slice(last));
  const found: FlowEdge[] = [];
  arrows.forEach((arrow, i) => {
    for (const from of parts[i].split("&").map((id) => id.trim()))
      for (const to of parts[i + 1].split("&").map((id) => id.trim())) found.push({ from, to, ...arrow });
  });
  return found;
}

export function readFlowchart(source: string): Flowchart {
  const chart: Flowchart = { direction: "TB", nodes: new Map(), subgraphs: new Map(), edges: [] };
  const open: string[] = [];
  const classes: [string, string][] = [];
  // A node belongs to the subgraph it is named in, as Mermaid has it, even when an earlier line named it first.
  const node = (id: string) => {
    if (chart.subgraphs.has(id)) return undefined;
    let found = chart.nodes.get(id);
    if (!found) {
      found = { id, label: id, shape: "box" };
      chart.nodes.set(id, found);
    }
    if (open.length) found.parent = open.at(-1);
    return found;
  };
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("%%") || line.startsWith("classDef ")) continue;
    const header = /^flowchart (LR|TB)/.exec(line);
    if (header) chart.direction = header[1] as "LR" | "TB";
    else if (line === "end") open.pop();
    else if (line.startsWith("subgraph ")) {
      const [, id, label] = /^subgraph (\w+)\s*(?:\[(.*)\])?/.exec(line)!;
      chart.subgraphs.set(id, { label: text(label ?? id), parent: open.at(-1) });
      open.push(id);
    } else if (line.startsWith("class ")) {
      const [, ids, className] = /^class ([\w,]+) (\w+)/.exec(line)!;
      for (const id of ids.split(",")) classes.push([id, className]);
    } else {
      const edges = lineEdges(line, (id, label, shape) => {
        const found = node(id);
        if (found) Object.assign(found, { label, shape });
      });
      if (edges.length === 0) for (const id of line.split("&")) node(lineEdges(`${id} --> x`)[0].from);
      for (const edge of edges) {
        node(edge.from);
        node(edge.to);
        chart.edges.push(edge);
      }
    }
  }
  // A subgraph named in an edge before its `subgraph` line is the subgraph, not a node.
  for (const id of chart.subgraphs.keys()) chart.nodes.delete(id);
  for (const [id, className] of classes) {
    const found = chart.nodes.get(id);
    if (found) found.className = className;
  }
  return chart;
}
