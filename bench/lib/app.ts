// The app started as production starts it. This is the one place that knows
// how: when production changes how it runs the server, only startApp changes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { spawnServer, type RunningServer } from "./child";

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");
// What a build depends on. lib/generated is left out (reinstalls rewrite it);
// the schema it is generated from stands for it.
const SOURCES = [
  "app",
  "components",
  "lib",
  "emails",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "prisma/schema.prisma",
  "package-lock.json",
];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (stat.isFile()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
    if (child.isDirectory() && child.name === "generated") continue;
    newest = Math.max(newest, newestChange(path.join(entry, child.name)));
  }
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestChange(source) > built);
}

function buildIfStale(env: NodeJS.ProcessEnv): void {
  if (!buildIsStale()) return;
  console.log("Building the app (no build yet, or sources changed since)…");
  const started = Date.now();
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    throw new Error(`next build failed (exit ${build.status}):\n${(build.stdout + build.stderr).slice(-6000)}`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/**
 * Builds the app if needed and serves it on 127.0.0.1:`port` against
 * `databaseUrl`, with production settings: workers off (the bench measures
 * requests), rate limits in the code path but never refusing, and proxy
 * headers trusted from loopback so each simulated client states its own
 * address in X-Forwarded-For, and the built-in test payment provider (sales
 * are closed without one). `env` overrides any of these.
 */
export async function startApp(options: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string | undefined>;
}): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    PORT: String(options.port),
    RUN_WORKERS: "false",
    LOG_LEVEL: "error",
    RATE_LIMIT_MULTIPLIER: "1000000",
    TRUST_PROXY: "loopback",
    DB_POOL_SIZE: "20",
    // Sales need a payment provider; Stripe is out of reach here, the built-in test provider stands in.
    PAYMENTS: "test",
    ...options.env,
  };
  buildIfStale(env);
  return spawnServer({
    name: "the app",
    command: process.execPath,
    // As `npm start` serves it: scripts/serve.ts (Next.js behind the server that states client addresses).
    // BENCH_PROFILE=1 leaves a CPU profile of the app in bench/results/ (open it in Chrome's DevTools).
    args: [
      ...(process.env.BENCH_PROFILE ? ["--cpu-prof", "--cpu-prof-dir=bench/results"] : []),
      "--import",
      "tsx",
      "--import",
      "./scripts/register-hooks.mjs",
      "scripts/serve.ts",
    ],
    env: { ...env, HOST: "127.0.0.1" },
    url: `http://127.0.0.1:${options.port}`,
    readyPath: "/api/health",
  });
}
