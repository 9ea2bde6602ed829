// npm run bench:holds – a burst of contending buyers holding seats, through
// the whole web stack (HTTP, gateway, zod, the seats service, Prisma) and
// through plain `pg` running the same SQL. Prints holds per second, p50 and
// p99 latency, and the seats held twice (must be 0).
//
// Options (environment): BENCH_SECONDS (8), BENCH_CONNECTIONS (32), DATABASE_URL
// (else a throwaway embedded PostgreSQL).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { migrate } from "@/lib/migrate";
import { createWorld, doubleHeld, type BenchWorld } from "./setup";
import { runPlain } from "./plain-pg";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PORT = 3299;
const WORLD = { showtimes: 40, rows: 12, cols: 20, buyers: 400 };

function picker(world: BenchWorld) {
  return () => {
    const showtime = world.showtimes[Math.floor(Math.random() * world.showtimes.length)];
    const first = Math.floor(Math.random() * (showtime.seatIds.length - 1));
    const buyer = world.buyers[Math.floor(Math.random() * world.buyers.length)];
    return { showtimeId: showtime.id, seatIds: [showtime.seatIds[first], showtime.seatIds[first + 1]], userId: buyer.id, token: buyer.token };
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

async function main() {
  let url = process.env.DATABASE_URL;
  let stopDb = async () => {};
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-bench-"));
    const db = await startEmbeddedPostgres({ dir, persistent: false, port: 0 });
    url = db.url;
    stopDb = async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(url);
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("Building the app once for the HTTP run…");
    spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: { ...process.env, DATABASE_URL: url, RUN_WORKERS: "false", RATE_LIMIT_MULTIPLIER: "1000000", LOG_LEVEL: "error", NODE_ENV: "production", DB_POOL_SIZE: String(CONNECTIONS) },
    stdio: "ignore",
  });
  try {
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    console.log(`${CONNECTIONS} concurrent buyers, ${SECONDS} s per run, each holding 2 neighbouring seats at random in ${WORLD.showtimes} showtimes of ${WORLD.rows * WORLD.cols} seats.\n`);

    const httpWorld = await createWorld(url, WORLD);
    const pickHttp = picker(httpWorld);
    const http = await autocannon({
      url: `http://127.0.0.1:${PORT}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: "POST",
          path: "/api/seats/hold",
          setupRequest: (request) => {
            const pick = pickHttp();
            return {
              ...request,
              headers: { ...request.headers, "content-type": "application/json", authorization: `Bearer ${pick.token}` },
              body: JSON.stringify({ showtimeId: pick.showtimeId, seatIds: pick.seatIds }),
            };
          },
        },
      ],
    });
    const httpHeld = http["2xx"];
    const httpDouble = await doubleHeld(url, httpWorld.showtimes.map((s) => s.id));

    const plainWorld = await createWorld(url, WORLD);
    const plain = await runPlain(url, plainWorld, picker(plainWorld), SECONDS, CONNECTIONS);
    const plainDouble = await doubleHeld(url, plainWorld.showtimes.map((s) => s.id));

    const rows = [
      ["path", "attempts/s", "holds/s", "refused (409)", "other", "p50 ms", "p99 ms", "double-held seats"],
      ["HTTP: Next.js + gateway + service + Prisma", (http.requests.total / SECONDS).toFixed(0), (httpHeld / SECONDS).toFixed(0), String(http.non2xx), String(http.errors), String(http.latency.p50), String(http.latency.p99), String(httpDouble)],
      ["plain pg, same SQL", ((plain.held + plain.refused) / SECONDS).toFixed(0), (plain.held / SECONDS).toFixed(0), String(plain.refused), "0", percentile(plain.latencies, 50).toFixed(1), percentile(plain.latencies, 99).toFixed(1), String(plainDouble)],
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join("  "));
    const ratio = (plain.held + plain.refused) / Math.max(1, http.requests.total);
    console.log(`\nThe web stack answers 1 hold attempt for every ${ratio.toFixed(1)} the bare SQL does.`);
    if (httpDouble + plainDouble > 0) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await stopDb();
  }
}

await main();
