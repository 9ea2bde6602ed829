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
import { drawArchitecture } from "@/tools/architecture/draw";
import { readFlowchart, type FlowEdge } from "@/tools/architecture/flowchart";

const doc = fs.readFileSync("docs/architecture.md", "utf8");
const drawings = [...doc.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]);
const servicesDrawing = drawings.find((drawing) => drawing.includes("%% services:"))!;
const deploymentDrawing = drawings.find((drawing) => drawing.includes("%% The components of docker-compose.yml"))!;
const serviceFolders = fs
  .readdirSync("lib/services", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Edge = Pick<FlowEdge, "from" | "to" | "kind">;

const edges = (drawing: string): Edge[] => readFlowchart(drawing).edges;

/** Node and subgraph ids. */
function nodes(drawing: string): Set<string> {
  const chart = readFlowchart(drawing);
  return new Set([...chart.nodes.keys(), ...chart.subgraphs.keys()]);
}

/** The services subgraph's members. */
function drawnServices(): string[] {
  return [...readFlowchart(servicesDrawing).nodes.values()]
    .filter((node) => node.parent === "services")
    .map((node) => node.id)
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

test("the parser reads chains, groups, shapes, labels, subgraphs and classes", () => {
  const chart = readFlowchart(
    'flowchart LR\n  a[A<br/>x] & b -->|why| c[(C)] -. "a<br/>note" .-> d\n  e -- text --> f\n  g --- h\n' +
      "  subgraph box [Box]\n    h\n  end\n  class a,c service",
  );
  assert.deepEqual(keys(chart.edges), ["a --> c", "b --> c", "c -.-> d", "e --> f", "g --- h"]);
  assert.deepEqual(
    chart.edges.map((edge) => edge.label ?? ""),
    ["why", "why", "a\nnote", "text", ""],
  );
  assert.deepEqual(chart.nodes.get("a"), { id: "a", label: "A\nx", shape: "box", className: "service" });
  assert.equal(chart.nodes.get("c")!.shape, "database");
  assert.equal(chart.nodes.get("h")!.parent, "box", "named in the subgraph after an edge named it");
});

test("docs/architecture.drawio and the SVGs are drawn from these flowcharts (npm run docs:architecture)", async () => {
  for (const [file, content] of Object.entries(await drawArchitecture(doc)))
    assert.ok(fs.readFileSync(file, "utf8") === content, `${file} is out of date: npm run docs:architecture`);
});

test("every arrow of the deployment drawing says how it talks, and every box is coloured by what it is", () => {
  const chart = readFlowchart(deploymentDrawing);
  for (const edge of chart.edges)
    assert.match(edge.label ?? "", /^(HTTPS?|SQL|SMTP|LISTEN\/NOTIFY|files)\b/, `${edge.from} ${edge.kind} ${edge.to}`);
  for (const drawing of [deploymentDrawing, servicesDrawing])
    for (const node of readFlowchart(drawing).nodes.values()) assert.ok(node.className, `${node.id} has a class`);
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
