// npm test – every suite, then one line `N passed, N failed` over all of them.
// typecheck, lint and the formatting check count as one check each; unit and integration tests run
// on node's test runner, the integration ones against a throwaway embedded
// PostgreSQL (or DATABASE_URL, if it points at this machine); Playwright runs
// in Debian's Chromium (installed when missing and possible) against a
// production build serving freshly seeded demo data.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/embedded-postgres";
import { migrate } from "@/lib/migrate";

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}
const tallies: Tally[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
const HOOKS = ["--import", "tsx", "--import", "./scripts/register-hooks.mjs"];
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const only = new Set((process.env.TEST_SUITES ?? "typecheck,lint,format,unit,integration,system,e2e").split(","));

function banner(title: string) {
  console.log(`\n━━━ ${title} ━━━`);
}

/** Runs a command, echoing its output, and resolves with exit code and output. */
function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Counts from node's spec reporter ("ℹ pass 12", "ℹ fail 0"). */
function nodeCounts(output: string): { passed: number; failed: number } {
  const pick = (label: string) => Number(output.match(new RegExp(`^ℹ ${label} (\\d+)`, "m"))?.[1] ?? 0);
  return { passed: pick("pass"), failed: pick("fail") + pick("cancelled") };
}

async function check(suite: string, command: string, args: string[]) {
  banner(suite);
  const { code } = await run(command, args);
  tallies.push({ suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

async function nodeSuite(suite: string, files: string[], env: NodeJS.ProcessEnv) {
  banner(`${suite} (${files.length} files)`);
  if (files.length === 0) return;
  const { code, output } = await run(
    process.execPath,
    [...HOOKS, "--test", "--test-concurrency=1", "--test-reporter=spec", ...files],
    env,
  );
  const counts = nodeCounts(output);
  // A file that crashed before reporting still fails the suite.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  tallies.push({ suite, ...counts });
}

function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
}

async function testDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) {
    assertLocal(process.env.DATABASE_URL);
    await migrate(process.env.DATABASE_URL);
    return process.env.DATABASE_URL;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-test-"));
  const database: EmbeddedDatabase = await startEmbeddedPostgres({ dir, persistent: false, port: 0 });
  cleanups.push(async () => {
    await database.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  await migrate(database.url);
  return database.url;
}

/** Another database in the same server, migrated and seeded with the demo data, for apps under test. */
async function demoDatabase(baseUrl: string, purpose: string): Promise<string | null> {
  const { default: pg } = await import("pg");
  const name = `cinema_${purpose}_${process.pid}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const seed = await run(process.execPath, [...HOOKS, "prisma/seed/index.ts"], {
    ...process.env,
    DATABASE_URL: url.toString(),
  });
  return seed.code === 0 ? url.toString() : null;
}

// Beside test-results/, which Playwright empties when it starts.
const SERVER_LOGS = "test-logs";

/** Stops for the app servers started, each resolving once its log is complete. */
const apps: (() => Promise<void>)[] = [];

async function stopApps() {
  await Promise.all(apps.splice(0).map((stop) => stop()));
}

/** The production build both server-backed suites run against, made once. */
let built: Promise<boolean> | undefined;
function build(): Promise<boolean> {
  built ??= run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  }).then(({ code }) => code === 0);
  return built;
}

/** An app server as production runs it (scripts/serve.ts), stopped when the run ends; resolves once it answers. */
async function startApp(name: string, port: number, env: Record<string, string>): Promise<string> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [...HOOKS, "scripts/serve.ts"], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production" as const,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseUrl,
      PAYMENTS: "test",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = fs.createWriteStream(path.join(SERVER_LOGS, `${name}-server.log`));
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const stopped = new Promise<void>((resolve) => log.on("close", resolve));
  const stop = () => {
    server.kill("SIGTERM");
    // A server still closing connections after 10 s is stopped outright.
    const force = setTimeout(() => server.kill("SIGKILL"), 10_000);
    return stopped.finally(() => clearTimeout(force));
  };
  apps.push(stop);
  cleanups.push(stop);
  await waitForServer(`${baseUrl}/api/health`, 90_000);
  return baseUrl;
}

function ensureChromium(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0) {
    console.log(`${CHROMIUM} is missing and this user cannot install it: apt-get install -y chromium`);
    return false;
  }
  console.log("Installing Debian's Chromium for the end-to-end tests…");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return fs.existsSync(CHROMIUM);
}

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * Real app servers over real HTTP: two instances on one database that trust
 * no proxy, and one that trusts loopback (tests/system), with the real limits.
 */
async function systemSuite(databaseUrl: string) {
  banner("system (app servers over HTTP)");
  if (!(await build())) {
    tallies.push({ suite: "system: build", passed: 0, failed: 1 });
    return;
  }
  const appDatabase = await demoDatabase(databaseUrl, "system");
  if (!appDatabase) {
    tallies.push({ suite: "system: seed", passed: 0, failed: 1 });
    return;
  }
  const env = { DATABASE_URL: appDatabase, RUN_WORKERS: "false", RATE_LIMIT_MULTIPLIER: "1" };
  const [a, b, trusting] = await Promise.all([
    startApp("system-a", 3201, env),
    startApp("system-b", 3202, env),
    startApp("system-trusting", 3203, { ...env, TRUST_PROXY: "loopback" }),
  ]);
  await nodeSuite("system", testFiles("tests/system"), {
    ...process.env,
    SYSTEM_APP_A: a,
    SYSTEM_APP_B: b,
    SYSTEM_APP_TRUSTING: trusting,
  });
}

async function e2eSuite(databaseUrl: string) {
  banner("end-to-end (Playwright, Chromium)");
  if (!ensureChromium()) {
    tallies.push({ suite: "e2e", passed: 0, failed: 1 });
    return;
  }
  if (!(await build())) {
    tallies.push({ suite: "e2e: build", passed: 0, failed: 1 });
    return;
  }
  const appDatabase = await demoDatabase(databaseUrl, "e2e");
  if (!appDatabase) {
    tallies.push({ suite: "e2e: seed", passed: 0, failed: 1 });
    return;
  }
  const port = Number(process.env.E2E_PORT ?? 3100);
  const baseUrl = await startApp("e2e", port, { DATABASE_URL: appDatabase, ...E2E_APP_ENV });
  const serverEnv = { ...process.env, DATABASE_URL: appDatabase };
  fs.rmSync("test-results/e2e-results.json", { force: true });
  const result = await run(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], {
    ...serverEnv,
    E2E_BASE_URL: baseUrl,
    E2E_DATABASE_URL: appDatabase,
  });
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(fs.readFileSync("test-results/e2e-results.json", "utf8"));
    passed = report.stats.expected + (report.stats.flaky ?? 0);
    failed = report.stats.unexpected;
  } catch {
    failed = 1;
  }
  if (result.code !== 0 && failed === 0) failed = 1;
  tallies.push({ suite: "e2e", passed, failed });
}

/** The app servers' logs of this run, searched for what must never be logged (tests/logs). */
async function logsSuite() {
  await stopApps();
  const logs = fs.readdirSync(SERVER_LOGS).filter((name) => name.endsWith("-server.log"));
  await nodeSuite("logs", testFiles("tests/logs"), {
    ...process.env,
    LOG_FILES: logs.map((name) => path.join(SERVER_LOGS, name)).join(","),
  });
}

// Limits generous enough for test suites that fire many requests from one address.
const E2E_APP_ENV = { RATE_LIMIT_MULTIPLIER: "100", PAYMENTS: "test" };

async function main() {
  fs.mkdirSync("test-results", { recursive: true });
  fs.rmSync(SERVER_LOGS, { recursive: true, force: true });
  fs.mkdirSync(SERVER_LOGS);
  if (only.has("typecheck"))
    await check("typecheck", process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit"]);
  if (only.has("lint"))
    await check("lint", process.execPath, ["node_modules/eslint/bin/eslint.js", ".", "--max-warnings=0"]);
  if (only.has("format"))
    await check("format", process.execPath, [
      "node_modules/prettier/bin/prettier.cjs",
      "--check",
      ".",
      "--log-level=warn",
    ]);
  if (only.has("unit")) await nodeSuite("unit", testFiles("tests/unit"), { ...process.env, NODE_ENV: "test" });
  let databaseUrl: string | undefined;
  if (only.has("integration") || only.has("system") || only.has("e2e")) databaseUrl = await testDatabase();
  if (only.has("integration")) {
    await nodeSuite("integration", testFiles("tests/integration"), {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: databaseUrl,
      RUN_WORKERS: "false",
      RATE_LIMIT_MULTIPLIER: "100",
      PAYMENTS: "test",
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "cinema-test-data-")),
    });
  }
  if (only.has("system")) await systemSuite(databaseUrl!);
  if (only.has("e2e")) await e2eSuite(databaseUrl!);
  if (only.has("system") || only.has("e2e")) await logsSuite();
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(error);
  tallies.push({ suite: "runner", passed: 0, failed: 1 });
} finally {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
}
banner("summary");
for (const tally of tallies) console.log(`${tally.suite.padEnd(24)} ${tally.passed} passed, ${tally.failed} failed`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
if (failed > 0) exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
