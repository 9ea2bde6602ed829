// The Grafana dashboard of ops/grafana as one SVG, drawn from a bench run:
// every stat and time-series panel with its own PromQL, asked of a real
// Prometheus that scraped the app (bench/dashboard/prometheus.ts), laid out
// in the dashboard's own rows. Lines with visx, written out by React's server
// renderer. `BENCH_DASHBOARD=docs/dashboard.svg npm run bench` draws it.
import fs from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { scaleLinear } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { queryRange, SCRAPE_SECONDS, type Series } from "./prometheus";

interface Panel {
  type: string;
  title: string;
  gridPos: { h: number; w: number; x: number; y: number };
  fieldConfig?: { defaults?: { unit?: string } };
  targets?: { expr: string; legendFormat?: string }[];
}

interface DrawnPanel extends Panel {
  series: { name: string; points: [number, number][] }[];
}

const COLOURS = ["#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#4d7c0f", "#be185d"];
const UNIT = 38; // pixels per grid unit across (Grafana's grid is 24 wide)
const ROW = 30; // pixels per grid unit down

function format(value: number, unit?: string): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "s") return value < 1 ? `${(value * 1000).toFixed(value < 0.01 ? 1 : 0)} ms` : `${value.toFixed(2)} s`;
  if (unit === "bytes") return `${(value / 2 ** 20).toFixed(0)} MiB`;
  if (unit === "percentunit") return `${(value * 100).toFixed(0)} %`;
  const rounded =
    Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
  return unit === "reqps" || unit === "ops" ? `${rounded}/s` : rounded;
}

const legend = (template: string | undefined, series: Series) =>
  (template || Object.values(series.labels).join(" ") || "value")
    .replace(/\{\{(\w+)\}\}/g, (_match, label: string) => series.labels[label] ?? "")
    .replace(/\s+/g, " ")
    .trim();

/** Every panel's queries, over the run, one point a second. */
export async function queryPanels(prometheusUrl: string, start: number, end: number): Promise<DrawnPanel[]> {
  const dashboard = JSON.parse(fs.readFileSync("ops/grafana/dashboards/cinema-on-sale.json", "utf8")) as {
    panels: Panel[];
  };
  const drawn: DrawnPanel[] = [];
  for (const panel of dashboard.panels) {
    const series: DrawnPanel["series"] = [];
    for (const target of panel.targets ?? []) {
      const expr = target.expr.replaceAll("$__rate_interval", `${4 * SCRAPE_SECONDS}s`);
      for (const found of await queryRange(prometheusUrl, expr, start, end))
        series.push({ name: legend(target.legendFormat, found), points: found.points });
    }
    drawn.push({ ...panel, series });
  }
  return drawn;
}

function Stat({ panel }: { panel: DrawnPanel }) {
  const values = panel.series.flatMap((s) => s.points.map(([, value]) => value)).filter(Number.isFinite);
  const peak = values.length ? Math.max(...values) : NaN;
  return (
    <text x={12} y={panel.gridPos.h * ROW - 22} fontSize={26} fontWeight={600} fill="#0f172a">
      {format(peak, panel.fieldConfig?.defaults?.unit)}
      <tspan fontSize={11} fontWeight={400} fill="#475569">
        {" "}
        peak
      </tspan>
    </text>
  );
}

function TimeSeries({
  panel,
  width,
  height,
  start,
  end,
}: {
  panel: DrawnPanel;
  width: number;
  height: number;
  start: number;
  end: number;
}) {
  const shown = panel.series.slice(0, COLOURS.length);
  const top = 30;
  const left = 58;
  const legendHeight = 14 * Math.min(3, Math.ceil(shown.length / 2));
  const bottom = height - 22 - legendHeight;
  const max = Math.max(0, ...shown.flatMap((s) => s.points.map(([, value]) => value)).filter(Number.isFinite));
  const x = scaleLinear({ domain: [start, end], range: [left, width - 12] });
  const y = scaleLinear({ domain: [0, max || 1], range: [bottom, top], nice: true });
  const unit = panel.fieldConfig?.defaults?.unit;
  return (
    <g>
      {y.ticks(3).map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width - 12} y1={y(tick)} y2={y(tick)} stroke="#e2e8f0" />
          <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={10} fill="#475569">
            {format(tick, unit)}
          </text>
        </g>
      ))}
      <text x={left} y={bottom + 14} fontSize={10} fill="#475569">
        0 s
      </text>
      <text x={width - 12} y={bottom + 14} fontSize={10} fill="#475569" textAnchor="end">
        {Math.round(end - start)} s
      </text>
      {shown.map((series, index) => (
        <LinePath
          key={series.name + index}
          data={series.points.filter(([, value]) => Number.isFinite(value))}
          x={([time]) => x(time)}
          y={([, value]) => y(value)}
          stroke={COLOURS[index]}
          strokeWidth={1.5}
        />
      ))}
      {shown.slice(0, 6).map((series, index) => (
        <g
          key={`legend-${index}`}
          transform={`translate(${left + (index % 2) * ((width - left) / 2)}, ${bottom + 28 + Math.floor(index / 2) * 14})`}
        >
          <rect width={10} height={3} y={-4} fill={COLOURS[index]} />
          <text x={14} fontSize={10} fill="#334155">
            {series.name.length > 34 ? `${series.name.slice(0, 33)}…` : series.name}
          </text>
        </g>
      ))}
      {shown.length === 0 && (
        <text x={width / 2} y={(top + bottom) / 2} textAnchor="middle" fontSize={11} fill="#64748b">
          No data in this run
        </text>
      )}
    </g>
  );
}

export function drawDashboard(panels: DrawnPanel[], start: number, end: number, caption: string): string {
  const height = Math.max(...panels.map((p) => (p.gridPos.y + p.gridPos.h) * ROW)) + 40;
  const width = 24 * UNIT;
  const svg = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily="Helvetica, Arial, sans-serif"
    >
      <title>The on-sale dashboard, drawn from a bench run</title>
      <rect width={width} height={height} fill="#f8fafc" />
      {panels.map((panel, index) => {
        const { x, y, w, h } = panel.gridPos;
        const box = { width: w * UNIT - 8, height: h * ROW - 8 };
        return (
          <g key={index} transform={`translate(${x * UNIT + 4}, ${y * ROW + 4})`}>
            {panel.type === "row" ? (
              <text y={ROW - 12} fontSize={15} fontWeight={600} fill="#0f172a">
                {panel.title}
              </text>
            ) : (
              <>
                <rect width={box.width} height={box.height} rx={4} fill="#ffffff" stroke="#cbd5e1" />
                <text x={10} y={18} fontSize={12} fontWeight={600} fill="#0f172a">
                  {panel.title}
                </text>
                {panel.type === "stat" ? (
                  <Stat panel={panel} />
                ) : (
                  <TimeSeries panel={panel} width={box.width} height={box.height} start={start} end={end} />
                )}
              </>
            )}
          </g>
        );
      })}
      <text x={8} y={height - 14} fontSize={11} fill="#475569">
        {caption}
      </text>
    </svg>
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(svg)}\n`;
}
