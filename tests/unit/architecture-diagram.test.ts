// The drawings of docs/architecture.md against the code, so they can't drift:
// every service folder and every PostgreSQL schema is drawn; every arrow
// between services, and from the worker, is a real import and every import
// an arrow (dependency-cruiser reads them, each service folded into one
// node); the dotted call-back runs against an import; the outside world is
// reached where the code reaches it; and the deployment drawing shows every
// service of docker-compose.yml.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { parse } from "yaml";

const doc = fs.readFileSync("docs/architecture.md", "utf8");
const drawings = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]);
const servicesDrawing = drawings.find((drawing) => drawing.includes("%% services:"))!;
const deploymentDrawing = drawings.find((drawing) => drawing.includes("%% The components of docker-compose.yml"))!;
const serviceFolders = fs
  .readdirSync("lib/services", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Kind = "-->" | "-.->" | "---";
interface Edge {
  from: string;
  to: string;
  kind: Kind;
}

/** A mermaid flowchart line without node shapes and edge labels: `a & b --> c`. */
function bare(line: string): string {
  return line
    .replace(/(\w+)\s*(\[\([^\]]*\)\]|\[[^\]]*\]|\(\([^)]*\)\)|\([^)]*\)|\{[^}]*\})/g, "$1")
    .replace(/(-->|-\.->|---)\|[^|]*\|/g, "$1")
    .replace(/--\s.*?-->/g, "-->")
    .replace(/-\.\s.*?\.->/g, "-.->");
}

/** Every edge of a flowchart, chains and `&` groups spread out. */
function edges(drawing: string): Edge[] {
  const found: Edge[] = [];
  for (const line of drawing.split("\n").map(bare)) {
    const parts = line.trim().split(/\s*(-->|-\.->|---)\s*/);
    for (let i = 1; i < parts.length; i += 2)
      for (const from of parts[i - 1].split(/\s*&\s*/))
        for (const to of parts[i + 1].split(/\s*&\s*/)) found.push({ from, to, kind: parts[i] as Kind });
  }
  return found;
}

/** Node ids: defined with a shape, named in an edge, listed alone, or a subgraph's. */
function nodes(drawing: string): Set<string> {
  const ids = new Set<string>();
  for (const line of drawing.split("\n")) {
    const subgraph = /^\s*subgraph (\w+)/.exec(line);
    if (subgraph) ids.add(subgraph[1]);
    else if (!/^\s*(%%|end\b|flowchart\b)/.test(line)) for (const id of bare(line).match(/\b\w+\b/g) ?? []) ids.add(id);
  }
  return ids;
}

/** The services subgraph's members: the lines between `subgraph services` and its `end`. */
function drawnServices(): string[] {
  const body = /subgraph services\b[^\n]*\n([\s\S]*?)\n\s*end\b/.exec(servicesDrawing)![1];
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .sort();
}

/** The imports between service folders and from lib/worker, at run time (type-only imports call nothing). */
async function imports(): Promise<Edge[]> {
  const result = await cruise(
    ["lib/services", "lib/worker"],
    {
      tsConfig: { fileName: "tsconfig.json" },
      tsPreCompilationDeps: false,
      collapse: "^lib/(services/[^/]+|worker)",
      includeOnly: "^lib/(services|worker)",
      doNotFollow: { path: "node_modules" },
    },
    {},
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  const name = (source: string) => path.basename(source);
  return (result.output as ICruiseResult).modules.flatMap((module) =>
    module.dependencies.map((dependency) => ({
      from: name(module.source),
      to: name(dependency.resolved),
      kind: "-->" as const,
    })),
  );
}

const key = (edge: Edge) => `${edge.from} ${edge.kind} ${edge.to}`;
const keys = (list: Edge[]) => [...new Set(list.map(key))].sort();

test("the parser reads chains, groups, shapes and labels", () => {
  assert.deepEqual(
    keys(edges('  a[A<br/>x] & b -->|why| c[(C)] -. "a<br/>note" .-> d\n  e -- text --> f\n  g --- h')),
    ["a --> c", "b --> c", "c -.-> d", "e --> f", "g --- h"],
  );
});

test("every service folder is drawn, and nothing else as a service", () => {
  assert.deepEqual(drawnServices(), serviceFolders);
  const ids = nodes(servicesDrawing);
  for (const service of serviceFolders) assert.ok(ids.has(service), service);
});

test("every arrow between services is an import, and every import between services an arrow", async () => {
  const services = new Set(serviceFolders);
  const between = (list: Edge[]) => list.filter((edge) => services.has(edge.from) && services.has(edge.to));
  const drawn = between(edges(servicesDrawing)).filter((edge) => edge.kind === "-->");
  const real = between(await imports());
  assert.ok(real.length >= 8, `the imports were read (${keys(real).join(", ")})`);
  assert.deepEqual(keys(drawn), keys(real));
});

test("a dotted call-back runs against an import: the service called back imports its caller", async () => {
  const services = new Set(serviceFolders);
  const real = new Set(keys(await imports()));
  const callBacks = edges(servicesDrawing).filter(
    (edge) => edge.kind === "-.->" && services.has(edge.from) && services.has(edge.to),
  );
  assert.ok(callBacks.length > 0);
  for (const { from, to } of callBacks) {
    assert.ok(real.has(`${to} --> ${from}`), `${to} imports ${from}, so ${from} calls ${to} back through handlers`);
    assert.ok(!real.has(`${from} --> ${to}`), `${from} does not import ${to}`);
  }
});

test("the worker's arrows are the services lib/worker imports", async () => {
  const drawn = edges(servicesDrawing).filter((edge) => edge.from === "worker");
  const real = (await imports()).filter((edge) => edge.from === "worker");
  assert.ok(real.length > 0);
  assert.deepEqual(keys(drawn), keys(real));
});

test("every PostgreSQL schema is drawn beside the service that owns it", () => {
  const schemas = JSON.parse(/schemas\s*=\s*(\[[^\]]*\])/.exec(fs.readFileSync("prisma/schema.prisma", "utf8"))![1]);
  const owned = edges(servicesDrawing).filter((edge) => edge.kind === "---" && edge.to.endsWith("_schema"));
  assert.deepEqual(keys(owned), schemas.map((schema: string) => `${schema} --- ${schema}_schema`).sort());
  assert.deepEqual([...schemas].sort(), serviceFolders, "one schema per service");
});

test("the outside world is reached where the code reaches it", () => {
  const code = (service: string) =>
    fs
      .readdirSync(path.join("lib/services", service), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .map((file) => fs.readFileSync(path.join("lib/services", service, file), "utf8"))
      .join("\n");
  const drawn = keys(edges(servicesDrawing));
  assert.ok(drawn.includes("payments --> stripe") && /from "stripe"/.test(code("payments")));
  assert.ok(drawn.includes("notifications --> mail") && /from "nodemailer"/.test(code("notifications")));
  assert.ok(drawn.includes("notifications --> sms") && /TWILIO/.test(code("notifications")));
});

test("the deployment drawing shows every service of docker-compose.yml, and LISTEN/NOTIFY reaching the instances", () => {
  const compose = parse(fs.readFileSync("docker-compose.yml", "utf8"), { merge: true }) as { services: object };
  const ids = nodes(deploymentDrawing);
  for (const service of Object.keys(compose.services)) assert.ok(ids.has(service), `${service} is drawn`);
  const notify = edges(deploymentDrawing).find((edge) => edge.from === "postgres" && edge.to === "app");
  assert.ok(notify && /LISTEN\/NOTIFY/.test(deploymentDrawing), "PostgreSQL tells the instances what changed");
  assert.match(fs.readFileSync("lib/db-events.ts", "utf8"), /LISTEN \$\{/, "lib/db-events.ts listens");
});
