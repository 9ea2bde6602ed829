// A chart and, behind it, the same figures as a table: the SVG is a picture
// for the eye (role="img" with a one-line summary); the table, one click
// away, is what a screen reader or a spreadsheet-minded manager reads.
import type { ReactNode } from "react";

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface LegendItem {
  label: string;
  /** A Tailwind fill class, e.g. `fill-rose-700`. */
  swatch: string;
}

export function ChartFigure({
  title,
  id,
  summary,
  legend,
  table,
  children,
  empty,
}: {
  title: string;
  id: string;
  /** One sentence that says what the chart shows; also the picture's accessible name. */
  summary: string;
  legend?: LegendItem[];
  table: ChartTable;
  children: ReactNode;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string;
}) {
  return (
    <figure aria-labelledby={`${id}-title`} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {empty ? (
        <p className="mt-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <>
          {legend && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
              {legend.map((item) => (
                <li key={item.label} className="flex items-center gap-1">
                  <svg width="12" height="12" aria-hidden="true">
                    <rect width="12" height="12" rx="2" className={`${item.swatch} stroke-slate-500`} />
                  </svg>
                  {item.label}
                </li>
              ))}
            </ul>
          )}
          <div role="img" aria-label={summary} className="mt-2">
            {children}
          </div>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer text-brand-700 underline">Show the figures as a table</summary>
            <div className="mt-2 max-h-96 overflow-auto">
              <table className="w-full border-collapse text-left text-xs">
                <caption className="pb-1 text-left text-slate-600">{table.caption}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    {table.columns.map((column, i) => (
                      <th key={column} scope="col" className={`p-1 ${i > 0 ? "text-right" : ""}`}>
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r} className="border-b border-slate-100">
                      {row.map((cell, i) =>
                        i === 0 ? (
                          <th key={i} scope="row" className="p-1 font-normal">
                            {cell}
                          </th>
                        ) : (
                          <td key={i} className="p-1 text-right tabular-nums">
                            {cell}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
