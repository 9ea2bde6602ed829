// How full each hall or showtime is: one horizontal bar per row, sold, held
// (someone is paying right now) and free, stacked to the whole hall.
import { scaleLinear } from "@visx/scale";

export interface OccupancyRow {
  label: string;
  sold: number;
  held: number;
  total: number;
}

export const OCCUPANCY_LEGEND = [
  { label: "Sold", swatch: "fill-rose-700" },
  { label: "Held (paying now)", swatch: "fill-amber-400" },
  { label: "Free", swatch: "fill-slate-100" },
];

export const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : "–");

export function OccupancyBars({ rows }: { rows: OccupancyRow[] }) {
  const width = 640;
  const rowHeight = 26;
  const labelWidth = 230;
  const valueWidth = 110;
  const x = scaleLinear({ domain: [0, 1], range: [0, width - labelWidth - valueWidth] });
  return (
    <svg viewBox={`0 0 ${width} ${Math.max(1, rows.length) * rowHeight}`} className="h-auto w-full" aria-hidden="true">
      {rows.map((row, i) => {
        const sold = row.total ? row.sold / row.total : 0;
        const held = row.total ? row.held / row.total : 0;
        return (
          <g key={`${row.label}-${i}`} transform={`translate(0, ${i * rowHeight})`}>
            <text x={0} y={rowHeight / 2} dy="0.32em" className="fill-slate-800 text-[11px]">
              {row.label.length > 36 ? `${row.label.slice(0, 35)}…` : row.label}
            </text>
            <rect
              x={labelWidth}
              y={5}
              width={x(1)}
              height={rowHeight - 10}
              className="fill-slate-100 stroke-slate-300"
            />
            <rect x={labelWidth} y={5} width={x(sold)} height={rowHeight - 10} className="fill-rose-700" />
            <rect x={labelWidth + x(sold)} y={5} width={x(held)} height={rowHeight - 10} className="fill-amber-400" />
            <text x={width - valueWidth + 6} y={rowHeight / 2} dy="0.32em" className="fill-slate-800 text-[11px]">
              {row.sold}/{row.total} · {percent(row.sold, row.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
