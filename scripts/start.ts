// npm start / npm run dev – the whole app with nothing to configure.
// Without DATABASE_URL it starts the embedded PostgreSQL under .data/,
// migrates it, and, this being a try-out, loads the demo data into it and
// takes payments with the built-in test provider. With DATABASE_URL (a real
// installation) it only migrates: demo data needs SEED_DEMO=true (or
// `npm run db:seed`), the test provider PAYMENTS=test. Then it builds the
// app if the build is missing or stale, serves it (scripts/serve.ts), and on
// Ctrl-C stops the server and then PostgreSQL, leaving no process behind.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/embedded-postgres";
import { configurationProblems } from "@/lib/env";
import { prepareDatabase } from "./prepare-database";
import { EMBEDDED_DIR } from "./with-database";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const port = process.env.PORT ?? "3000";
const nextBin = path.resolve("node_modules/next/dist/bin/next");

function newestSourceChange(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    if (fs.statSync(dir).isFile()) {
      newest = Math.max(newest, fs.statSync(dir).mtimeMs);
      return;
    }
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const sources = ["app", "components", "lib", "emails", "public", "proxy.ts", "next.config.ts"];
  return newestSourceChange(sources) > fs.statSync(buildId).mtimeMs;
}

let database: EmbeddedDatabase | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (database) {
    console.log("Stopping the embedded PostgreSQL…");
    await database.stop().catch((error) => console.error(error));
  }
  process.exit(code);
}

const problems = configurationProblems();
if (problems.length) {
  for (const problem of problems) console.error(`Refusing to start: ${problem}`);
  process.exit(1);
}

const embedded = !process.env.DATABASE_URL;
if (embedded) {
  console.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${EMBEDDED_DIR}…`);
  database = await startEmbeddedPostgres({ dir: EMBEDDED_DIR });
  process.env.DATABASE_URL = database.url;
  // A try-out: tickets are "paid" with Stripe's test cards, and no money moves.
  if (!process.env.STRIPE_SECRET_KEY) process.env.PAYMENTS ??= "test";
}
const running: { server?: ChildProcess } = {};
// Ctrl-C reaches the server too; once it has exited, PostgreSQL is stopped.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (running.server && running.server.exitCode === null) running.server.kill(signal);
    else void shutdown(signal === "SIGINT" ? 130 : 143);
  });
}

try {
  const demo = embedded || process.env.SEED_DEMO === "true";
  if (demo) console.log("Loading the demo data into an empty database…");
  const prepared = await prepareDatabase(process.env.DATABASE_URL!, { demo });
  if (prepared.applied.length) console.log(`Applied migrations: ${prepared.applied.join(", ")}`);
  if (prepared.admins === 0) {
    console.log("No admin account yet: create the first one with `npm run admin:create -- --email you@example.com`.");
  }
  const { db } = await import("@/lib/db");
  await db.$disconnect();
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  NODE_ENV: mode === "dev" ? ("development" as const) : ("production" as const),
};
try {
  if (mode === "start" && buildIsStale()) {
    console.log("Building the app (first start or changed sources)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    if (build.status !== 0) await shutdown(build.status ?? 1);
  }
} catch (error) {
  console.error(error);
  await shutdown(1);
}

running.server = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    "--import",
    "./scripts/register-hooks.mjs",
    "scripts/serve.ts",
    ...(mode === "dev" ? ["--dev"] : []),
  ],
  { stdio: "inherit", env },
);
running.server.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
