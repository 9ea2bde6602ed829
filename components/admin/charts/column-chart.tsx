// Vertical columns, one series or several stacked, drawn on the server with
// visx's scales and shapes: plain SVG in the HTML, nothing to hydrate.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { BarStack } from "@visx/shape";

export interface Series {
  key: string;
  label: string;
  /** A Tailwind fill class. */
  fill: string;
}

export interface Column {
  label: string;
  values: Record<string, number>;
}

const MARGIN = { top: 12, right: 8, bottom: 28, left: 56 };

/** A few round numbers for the axis: 0, a third, two thirds and the top. */
function ticks(max: number): number[] {
  if (max <= 0) return [0];
  const step = 10 ** Math.floor(Math.log10(max / 3));
  const nice = Math.ceil(max / 3 / step) * step;
  return [0, nice, nice * 2, nice * 3];
}

export function ColumnChart({
  columns,
  series,
  format,
  labelEvery,
  width: WIDTH = 640,
  height: HEIGHT = 220,
}: {
  columns: Column[];
  series: Series[];
  /** How a value reads on the axis. */
  format: (value: number) => string;
  /** Label every n-th column only (long ranges). */
  labelEvery?: number;
  /** The drawing's size: 640 wide for the whole page, about 420 for half of it. */
  width?: number;
  height?: number;
}) {
  const totals = columns.map((column) => series.reduce((sum, s) => sum + (column.values[s.key] ?? 0), 0));
  const axis = ticks(Math.max(0, ...totals));
  const x = scaleBand({
    domain: columns.map((_, i) => i),
    range: [0, WIDTH - MARGIN.left - MARGIN.right],
    padding: columns.length > 60 ? 0.05 : 0.2,
  });
  const y = scaleLinear({ domain: [0, axis.at(-1) || 1], range: [HEIGHT - MARGIN.top - MARGIN.bottom, 0] });
  const every = labelEvery ?? Math.max(1, Math.ceil(columns.length / 12));
  const fillOf = new Map(series.map((s) => [s.key, s.fill]));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true">
      <Group left={MARGIN.left} top={MARGIN.top}>
        {axis.map((tick) => (
          <g key={tick} transform={`translate(0, ${y(tick)})`}>
            <line x2={WIDTH - MARGIN.left - MARGIN.right} className="stroke-slate-200" />
            <text x={-6} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[10px]">
              {format(tick)}
            </text>
          </g>
        ))}
        <BarStack
          data={columns.map((column, index) => ({ index, ...column.values }))}
          keys={series.map((s) => s.key)}
          x={(d: { index: number }) => d.index}
          xScale={x}
          yScale={y}
          color={() => ""}
        >
          {(stacks) =>
            stacks.flatMap((stack) =>
              stack.bars
                .filter((bar) => bar.height > 0)
                .map((bar) => (
                  <rect
                    key={`${stack.key}-${bar.index}`}
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    className={fillOf.get(String(stack.key))}
                  />
                )),
            )
          }
        </BarStack>
        {columns.map((column, i) =>
          i % every === 0 ? (
            <text
              key={i}
              x={(x(i) ?? 0) + x.bandwidth() / 2}
              y={HEIGHT - MARGIN.top - MARGIN.bottom + 14}
              textAnchor="middle"
              className="fill-slate-600 text-[10px]"
            >
              {column.label}
            </text>
          ) : null,
        )}
      </Group>
    </svg>
  );
}
