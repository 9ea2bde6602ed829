// The container image, checked without a container engine: the Dockerfile
// copies only files that exist and ends as an unprivileged user with a health
// check, serving the way `npm start` does; what it runs needs only the
// production dependencies it installs; the entry point turns *_FILE settings
// into the settings themselves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { builtinModules } from "node:module";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const packageJson = JSON.parse(fs.readFileSync("package.json", "utf8"));
const dockerfile = fs.readFileSync("Dockerfile", "utf8").replace(/\\\n/g, " ");
/** Each stage's name and instructions. */
const stages = dockerfile
  .split(/^(?=FROM )/m)
  .filter((part) => part.startsWith("FROM "))
  .map((part) => ({ name: /^FROM \S+ AS (\S+)/.exec(part)![1], text: part }));
const stage = (name: string) => stages.find((s) => s.name === name)!.text;

test("the Dockerfile copies only files that exist, and never the host's install, build or data", () => {
  const copies = [...dockerfile.matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap((match) =>
    match[1].split(" "),
  );
  assert.ok(copies.length >= 4);
  const ignored = fs.readFileSync(".dockerignore", "utf8").split("\n");
  for (const source of copies.filter((source) => source !== ".")) {
    assert.ok(fs.existsSync(source), `${source} exists`);
    assert.ok(!ignored.includes(source), `${source} is not left out by .dockerignore`);
  }
  for (const folder of ["node_modules", ".next", ".data", "lib/generated", ".env"])
    assert.ok(ignored.includes(folder), `.dockerignore leaves out ${folder}`);
});

test("the image runs as an unprivileged user, checks its health, and serves as npm start does", () => {
  const app = stage("app");
  assert.equal(stages.at(-1)!.name, "app", "a plain docker build makes the image compose runs");
  assert.match(app, /useradd --system --uid 1001/);
  assert.match(app, /^USER cinema$/m);
  assert.match(app, /^HEALTHCHECK .*\/api\/health/m);
  assert.match(stage("production-dependencies"), /npm ci --omit=dev/);
  const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(app)![1]) as string[];
  // The worker's npm script loads the same hooks (tsx, server-only) that scripts/start.ts serves with.
  const hooks = /node (--import tsx --import \S+) scripts\/worker\.ts/.exec(packageJson.scripts.worker)![1];
  assert.deepEqual(cmd, ["node", ...hooks.split(" "), "scripts/serve.ts"]);
});

// `import … from "x"` and `export … from "x"`, `import "x"`, `import("x")`; not `import type`, which leaves nothing at run time.
const RUNTIME_IMPORT =
  /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"|^\s*import\s+"([^"]+)"|\bimport\("([^"]+)"\)/gm;

test("everything the image runs imports only production dependencies, and tsx is one", () => {
  const dependencies = new Set(Object.keys(packageJson.dependencies));
  assert.ok(dependencies.has("tsx"), "tsx runs the server, the worker and the migrations");
  const node = new Set(builtinModules);
  const sources = ["app", "lib", "emails", "components", "prisma/seed", "scripts"]
    .flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => path.join(dir, file)))
    .concat(["proxy.ts", "instrumentation.ts", "next.config.ts"])
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.startsWith(path.join("lib", "generated")));
  assert.ok(sources.length > 100);
  for (const file of sources) {
    const code = fs.readFileSync(file, "utf8");
    for (const [, from, bare, dynamic] of code.matchAll(RUNTIME_IMPORT)) {
      const specifier = from ?? bare ?? dynamic;
      if (specifier.startsWith(".") || specifier.startsWith("@/")) continue;
      const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0];
      if (node.has(specifier.replace(/^node:/, ""))) continue;
      assert.ok(dependencies.has(name), `${file} imports ${specifier}: a production dependency`);
    }
  }
});

test("the entry point reads NAME_FILE into NAME, and refuses both at once", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-entrypoint-"));
  try {
    const file = path.join(dir, "auth-secret");
    fs.writeFileSync(file, "a-secret-from-a-file-0123456789abcdef\n");
    const run = (env: Record<string, string>) =>
      spawnSync(
        "sh",
        ["scripts/docker-entrypoint.sh", "sh", "-c", 'printf "%s|%s" "$AUTH_SECRET" "${AUTH_SECRET_FILE-unset}"'],
        {
          env: { PATH: process.env.PATH, NODE_ENV: "test", ...env },
          encoding: "utf8",
        },
      );
    const read = run({ AUTH_SECRET_FILE: file });
    assert.equal(read.status, 0, read.stderr);
    assert.equal(read.stdout, "a-secret-from-a-file-0123456789abcdef|unset");
    const both = run({ AUTH_SECRET_FILE: file, AUTH_SECRET: "x" });
    assert.notEqual(both.status, 0);
    assert.match(both.stderr, /Both AUTH_SECRET and AUTH_SECRET_FILE are set/);
    const missing = run({ AUTH_SECRET_FILE: path.join(dir, "nope") });
    assert.notEqual(missing.status, 0);
    assert.equal(run({ AUTH_SECRET: "plain" }).stdout, "plain|unset", "without _FILE, settings pass as they are");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
