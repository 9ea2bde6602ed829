// Number formatting and the markdown table the bench prints.
export const int = (n: number) => Math.round(n).toLocaleString("en-GB");
export const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
export const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;

export function markdownTable(header: string[], rows: string[][], alignRight: boolean[] = []): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length), 3));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(" | ")} |`;
  const rule = `| ${widths.map((width, i) => (alignRight[i] ? "-".repeat(width - 1) + ":" : "-".repeat(width))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** "201 ×5,230, 409 ×812" */
export function statusLine(statuses: Record<string, number>, errors = 0): string {
  const parts = Object.entries(statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status} ×${int(count)}`);
  if (errors) parts.push(`no answer ×${int(errors)}`);
  return parts.join(", ") || "no answers";
}
