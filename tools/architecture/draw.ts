// The drawings of docs/architecture.md as files: docs/architecture.drawio
// (both flowcharts, a page each, for draw.io) and an SVG of each for the
// README. `npm run docs:architecture` writes them; a unit test checks that
// the files in docs/ are what the Markdown draws today.
import { readFlowchart } from "./flowchart";
import { layOut } from "./layout";
import { toDrawio } from "./drawio";
import { toSvg } from "./svg";

const PAGES = [
  {
    marker: "%% The components of docker-compose.yml",
    id: "deployment",
    name: "How it runs",
    svg: "docs/architecture.svg",
  },
  { marker: "%% services:", id: "services", name: "The services", svg: "docs/architecture-services.svg" },
];

/** The Mermaid flowcharts of the Markdown, by the comment that marks each. */
export function flowcharts(markdown: string): Map<string, string> {
  const drawings = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]);
  return new Map(PAGES.map((page) => [page.marker, drawings.find((drawing) => drawing.includes(page.marker))!]));
}

/** Every file drawn from docs/architecture.md, by its path. */
export async function drawArchitecture(markdown: string): Promise<Record<string, string>> {
  const sources = flowcharts(markdown);
  const pages = await Promise.all(
    PAGES.map(async (page) => ({ ...page, drawing: await layOut(readFlowchart(sources.get(page.marker)!)) })),
  );
  return {
    "docs/architecture.drawio": toDrawio(pages),
    ...Object.fromEntries(
      pages.map((page) => [page.svg, toSvg(page.drawing, `Cinema booking: ${page.name.toLowerCase()}`)]),
    ),
  };
}
