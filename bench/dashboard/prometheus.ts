// A real Prometheus scraping the benched app every second, so the Grafana
// dashboard's own queries can be drawn from the run (bench/dashboard/draw.tsx).
// Debian's `prometheus` package has the server (apt-get install prometheus).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, type RunningServer } from "../lib/child";
import { freePort } from "../lib/ports";

const BINARY = process.env.PROMETHEUS_PATH ?? "prometheus";

export const SCRAPE_SECONDS = 1;

export function prometheusMissing(): string | null {
  return spawnSync(BINARY, ["--version"], { encoding: "utf8" }).status === 0
    ? null
    : `${BINARY} is not installed (apt-get install prometheus)`;
}

/** Scrapes `appUrl`/api/metrics as the compose setup's job `cinema-app` does. */
export async function startPrometheus(appUrl: string): Promise<RunningServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-prometheus-"));
  const target = new URL(appUrl).host;
  fs.writeFileSync(
    path.join(dir, "prometheus.yml"),
    [
      "global:",
      `  scrape_interval: ${SCRAPE_SECONDS}s`,
      "scrape_configs:",
      "  - job_name: cinema-app",
      "    metrics_path: /api/metrics",
      `    static_configs: [{ targets: ["${target}"] }]`,
      "",
    ].join("\n"),
  );
  const port = await freePort();
  return spawnServer({
    name: "Prometheus",
    command: BINARY,
    args: [
      `--config.file=${path.join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${path.join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
    ],
    env: process.env,
    url: `http://127.0.0.1:${port}`,
    readyPath: "/-/ready",
  });
}

export interface Series {
  labels: Record<string, string>;
  points: [number, number][];
}

/** A PromQL range query, one point per second. */
export async function queryRange(prometheusUrl: string, expr: string, start: number, end: number): Promise<Series[]> {
  const url = new URL("/api/v1/query_range", prometheusUrl);
  url.search = new URLSearchParams({ query: expr, start: String(start), end: String(end), step: "1" }).toString();
  const answer = (await (await fetch(url)).json()) as {
    status: string;
    error?: string;
    data?: { result: { metric: Record<string, string>; values: [number, string][] }[] };
  };
  if (answer.status !== "success") throw new Error(`Prometheus refused ${expr}: ${answer.error}`);
  return answer.data!.result.map((series) => ({
    labels: series.metric,
    points: series.values.map(([time, value]) => [time, Number(value)] as [number, number]),
  }));
}
