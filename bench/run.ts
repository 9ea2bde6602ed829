// npm run bench – the app against a bare "floor" server on the same
// PostgreSQL and the same data, one after the other on this machine:
// seat holds and seat maps (floor and app), the first pages a moviegoer
// opens (app), then a 1,000-client on-sale rush (floor and app). Prints one
// markdown table, ready for the README, and the on-sale table after it.
// Exits non-zero when any seat was held twice.
//
// Options (environment): BENCH_ONLY=hold,seatmap,pages,onsale (all),
// BENCH_SECONDS (10), BENCH_CONNECTIONS (32), BENCH_WARMUP_SECONDS (1.5),
// BENCH_CLIENTS (1000, the on-sale), DATABASE_URL (used when on this machine;
// else a throwaway embedded PostgreSQL), BENCH_DASHBOARD (a path: a real
// Prometheus scrapes the app through the run and the Grafana dashboard's
// panels are drawn there as SVG). Parts may also be named as arguments:
// `npm run bench -- hold onsale`.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import pg from "pg";
import { startApp } from "./lib/app";
import { interrupted, stopAll, stopLater, stopOnSignals } from "./lib/cleanup";
import { cpuMeter, postmasterPid } from "./lib/cpu";
import { startDatabase } from "./lib/database";
import { machineLine } from "./lib/machine";
import { freePort } from "./lib/ports";
import { int, markdownTable, ms } from "./lib/report";
import { createWorld, SEATS_PER_HALL } from "./lib/world";
import { startFloor } from "./floor/start";
import { drawDashboard, queryPanels } from "./dashboard/draw";
import { prometheusMissing, startPrometheus } from "./dashboard/prometheus";
import type { LoadResult } from "./lib/load";
import type { BenchContext, TableRow } from "./parts/context";
import { holdPart } from "./parts/hold";
import { onSalePart } from "./parts/onsale";
import { pagesPart } from "./parts/pages";
import { preflight } from "./parts/preflight";
import { seatMapPart } from "./parts/seatmap";

const PARTS = ["hold", "seatmap", "pages", "onsale"] as const;
type Part = (typeof PARTS)[number];

function chosenParts(): Set<Part> {
  const named = [...process.argv.slice(2), ...(process.env.BENCH_ONLY ?? "").split(",")]
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = named.filter((name) => !PARTS.includes(name as Part));
  if (unknown.length) throw new Error(`Unknown bench part ${unknown.join(", ")}; choose among ${PARTS.join(", ")}.`);
  return new Set(named.length ? (named as Part[]) : PARTS);
}

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number.`);
  return value;
};

const cpuCell = (result?: LoadResult) => {
  if (!result?.cpuPerRequest) return "—";
  const { server, database } = result.cpuPerRequest;
  return `${server.toFixed(2)} + ${Number.isNaN(database) ? "?" : database.toFixed(2)}`;
};

function tableOf(rows: TableRow[]): string {
  const dash = "—";
  return markdownTable(
    [
      "Request",
      "Floor req/s",
      "Floor p50 / p99 ms",
      "App req/s",
      "App p50 / p99 ms",
      "App ÷ floor",
      "CPU ms/req floor (node + pg)",
      "CPU ms/req app (node + pg)",
      "Answers and checks",
    ],
    rows.map((row) => [
      row.request,
      row.floor ? int(row.floor.requestsPerSecond) : dash,
      row.floor ? `${ms(row.floor.p50)} / ${ms(row.floor.p99)}` : dash,
      int(row.app.requestsPerSecond),
      `${ms(row.app.p50)} / ${ms(row.app.p99)}`,
      row.floor ? `${(row.app.requestsPerSecond / row.floor.requestsPerSecond).toFixed(2)}×` : dash,
      cpuCell(row.floor),
      cpuCell(row.app),
      row.notes,
    ]),
    [false, true, true, true, true, true, true, true, false],
  );
}

async function main(): Promise<number> {
  const parts = chosenParts();
  const seconds = number("BENCH_SECONDS", 10);
  const connections = number("BENCH_CONNECTIONS", 32);
  const warmupSeconds = number("BENCH_WARMUP_SECONDS", 1.5);
  const clients = number("BENCH_CLIENTS", 1000);
  const moviegoers = 200;
  // The app and the floor must accept the tokens this process signs.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  process.env.LOG_LEVEL ??= "error"; // the app modules loaded here log like the servers do
  const machine = machineLine();
  // Measured before the bench starts anything: only other programs count.
  const loadAtStart = os.loadavg()[0];
  const started = Date.now();

  const database = await startDatabase();
  // The app modules the bench loads (token signing) find the database here.
  process.env.DATABASE_URL = database.url;
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  pool.on("error", () => {}); // idle connections cut by a database shutting down on Ctrl-C
  stopLater("the bench's database pool", () => pool.end());
  console.log(`Database: ${database.description}. Creating the bench data…`);
  const world = await createWorld(pool, Math.max(moviegoers, clients));

  const needsFloor = parts.has("hold") || parts.has("seatmap") || parts.has("onsale");
  const floor = needsFloor
    ? await startFloor({ port: await freePort(), databaseUrl: database.url, authSecret: process.env.AUTH_SECRET })
    : null;
  const app = await startApp({
    port: await freePort(),
    databaseUrl: database.url,
    env: { AUTH_SECRET: process.env.AUTH_SECRET },
  });
  console.log(
    `Floor ${floor?.url ?? "(not needed)"}, app ${app.url}. ${connections} connections, ${warmupSeconds} s warm-up + ${seconds} s per run.\n`,
  );

  const dashboardFile = process.env.BENCH_DASHBOARD;
  if (dashboardFile && prometheusMissing()) throw new Error(`BENCH_DASHBOARD: ${prometheusMissing()}.`);
  const prometheus = dashboardFile ? await startPrometheus(app.url) : null;
  const measuring = Date.now() / 1000;

  const postmaster = database.dataDir ? postmasterPid(database.dataDir) : null;
  const context: BenchContext = {
    pool,
    world,
    floor: { url: floor?.url ?? "", cpu: floor ? cpuMeter(floor.pid, postmaster) : undefined },
    app: { url: app.url, cpu: cpuMeter(app.pid, postmaster) },
    connections,
    seconds,
    warmupSeconds,
    moviegoers,
  };
  await preflight(context, [
    ...(floor ? [{ name: "The floor", url: floor.url }] : []),
    { name: "The app", url: app.url },
  ]);
  const rows: TableRow[] = [];
  if (parts.has("hold")) rows.push(await holdPart(context));
  if (parts.has("seatmap")) rows.push(await seatMapPart(context));
  if (parts.has("pages")) rows.push(...(await pagesPart(context)));
  const onSale = parts.has("onsale") ? await onSalePart(context, clients) : null;

  if (prometheus && dashboardFile) {
    // The last scrape of the run lands within a second.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const end = Date.now() / 1000;
    const panels = await queryPanels(prometheus.url, measuring, end);
    const caption = `npm run bench, ${new Date().toISOString().slice(0, 10)}: ${[...parts].join(", ")} against one app instance, scraped every second by Prometheus. Machine: ${machine}.`;
    fs.writeFileSync(dashboardFile, drawDashboard(panels, measuring, end, caption));
    console.log(`\nThe dashboard's panels over the run: ${dashboardFile}`);
  }

  console.log("");
  if (rows.length) {
    console.log(tableOf(rows));
    console.log(
      `\n${connections} connections, ${seconds} s per run after a ${warmupSeconds} s warm-up, one server at a time; ${moviegoers} moviegoers with bearer tokens; ` +
        `holds and seat maps on 200 fresh showtimes of ${SEATS_PER_HALL} seats per run. Floor: node:http + jose + pg, same database, same tokens.`,
    );
  }
  if (onSale) console.log(`\n${onSale.text}`);
  console.log(
    `\nMachine: ${machine}. Database: ${database.description}. Whole run ${Math.round((Date.now() - started) / 1000)} s.`,
  );
  if (loadAtStart > 0.5) {
    console.log(
      `Note: other programs were busy on this machine when the bench started (load average ${loadAtStart.toFixed(2)}): requests per second come out low and vary; CPU ms per request is the steadier figure.`,
    );
  }
  const failed = rows.some((row) => row.failed) || Boolean(onSale?.failed);
  if (failed) console.error("\nFAILED: some seats were held twice, or the seats held disagree with the answers given.");
  return failed ? 1 : 0;
}

stopOnSignals();
let code = 1;
try {
  code = await main();
} catch (error) {
  if (!interrupted()) console.error(error instanceof Error ? error.message : error);
} finally {
  await stopAll();
}
process.exit(code);
