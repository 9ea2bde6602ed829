// Horizontal bars with their labels and values written out: rankings (films
// by revenue or by occupancy) read best as a list of bars.
import { scaleLinear } from "@visx/scale";

export function BarList({
  rows,
  max,
  fill = "fill-rose-700",
}: {
  rows: { label: string; value: number; text: string }[];
  /** The bars' full length (1 for shares); the largest value by default. */
  max?: number;
  fill?: string;
}) {
  // Drawn for half the page (two rankings side by side): text stays readable.
  const width = 420;
  const rowHeight = 24;
  const labelWidth = 150;
  const valueWidth = 100;
  const x = scaleLinear({
    domain: [0, max ?? Math.max(1, ...rows.map((row) => row.value))],
    range: [0, width - labelWidth - valueWidth],
  });
  return (
    <svg viewBox={`0 0 ${width} ${rows.length * rowHeight}`} className="h-auto w-full" aria-hidden="true">
      {rows.map((row, i) => (
        <g key={`${row.label}-${i}`} transform={`translate(0, ${i * rowHeight})`}>
          <text x={0} y={rowHeight / 2} dy="0.32em" className="fill-slate-800 text-[11px]">
            {row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label}
          </text>
          <rect
            x={labelWidth}
            y={5}
            width={Math.max(1, x(row.value))}
            height={rowHeight - 10}
            rx={2}
            className={fill}
          />
          <text
            x={labelWidth + Math.max(1, x(row.value)) + 6}
            y={rowHeight / 2}
            dy="0.32em"
            className="fill-slate-800 text-[11px]"
          >
            {row.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
