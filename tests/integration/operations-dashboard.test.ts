// The Grafana dashboard (ops/grafana/dashboards) against what the app really
// exports: every PromQL expression names only metrics in the live
// /api/metrics output, only routes of the route table, the provisioned data
// source, and parses as PromQL (promtool, through a rules file).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { findApiRule } from "@/lib/gateway/route-table";
import { promtool, promtoolMissing } from "./operations-promtool";
import { exportedNames, scrape } from "./operations-scrape";

const DASHBOARDS = "ops/grafana/dashboards";
const DATASOURCES = "ops/grafana/provisioning/datasources/prometheus.yml";
// Series Prometheus writes itself for every target it scrapes.
const PROMETHEUS_OWN = new Set(["up"]);

interface Panel {
  type: string;
  title: string;
  datasource?: { uid: string };
  targets?: { expr: string; datasource?: { uid: string } }[];
  panels?: Panel[];
}

const dashboards = fs
  .readdirSync(DASHBOARDS)
  .filter((file) => file.endsWith(".json"))
  .map((file) => ({ file, dashboard: JSON.parse(fs.readFileSync(path.join(DASHBOARDS, file), "utf8")) }));
const panels = dashboards.flatMap(({ dashboard }) =>
  (dashboard.panels as Panel[]).flatMap((panel) => [panel, ...(panel.panels ?? [])]),
);
const expressions = panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ panel, ...target })));

/** The metric names a PromQL expression reads: what is left once strings, label matchers, ranges, grouping clauses, functions and keywords are gone. */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    .replace(/\{[^}]*\}/g, " ")
    .replace(/\[[^\]]*\]/g, " ")
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, " ");
  const keywords = new Set(["and", "or", "unless", "bool", "offset", "group_left", "group_right", "inf", "nan"]);
  return [...bare.matchAll(/([a-zA-Z_:][\w:]*)(\s*\()?/g)]
    .filter((match) => !match[2] && !keywords.has(match[1].toLowerCase()))
    .map((match) => match[1]);
}

let exported: Set<string>;
before(async () => {
  exported = exportedNames(await scrape());
});

test("the dashboard has the panels of an on-sale, each with a query", () => {
  assert.ok(dashboards.length > 0);
  const titles = panels.filter((panel) => panel.type !== "row").map((panel) => panel.title.toLowerCase());
  for (const words of [
    "holds made",
    "holds refused",
    "hold latency",
    "latency p50 and p99",
    "holds /s by outcome",
    "errors and refusals",
    "bookings by status",
    "payments /s by outcome",
    "webhook events",
    "outbox depth",
    "messages /s by outcome",
    "database pool",
    "event-loop lag",
    "per replica",
  ])
    assert.ok(
      titles.some((title) => title.includes(words)),
      `a panel about ${words} (${titles.join(", ")})`,
    );
  for (const panel of panels.filter((p) => p.type !== "row"))
    assert.ok(panel.targets?.length, `${panel.title} has a query`);
});

test("every query names only metrics the app exports", () => {
  assert.ok(expressions.length > 20);
  for (const { panel, expr } of expressions) {
    const names = metricNames(expr);
    assert.ok(names.length > 0, `${panel.title}: ${expr} reads a metric`);
    for (const name of names)
      assert.ok(exported.has(name) || PROMETHEUS_OWN.has(name), `${panel.title}: ${name} is not exported (${expr})`);
  }
});

test("the name check sees through PromQL", () => {
  assert.deepEqual(
    metricNames(
      'histogram_quantile(0.99, sum by (le, route) (rate(a_bucket{route=~"/x|y", status!="5.."}[$__rate_interval]))) / on (job) group_left b or vector(0)',
    ),
    ["a_bucket", "b"],
  );
  assert.deepEqual(metricNames("sum(rate(c_total[5m])) by (instance) > bool 0"), ["c_total"]);
});

test("every route a query names is a pattern of the route table", () => {
  const routes = expressions.flatMap(({ expr }) =>
    [...expr.matchAll(/route=~?"([^"]+)"/g)].flatMap((match) => match[1].split("|")),
  );
  assert.ok(routes.includes("/api/seats/hold") && routes.includes("/api/showtimes/:id/seats"));
  for (const route of routes) assert.equal(findApiRule(route)?.path, route, `${route} is a route of the table`);
});

test("every panel reads the provisioned Prometheus data source", () => {
  const { datasources } = parse(fs.readFileSync(DATASOURCES, "utf8")) as { datasources: { uid: string }[] };
  const uids = new Set(datasources.map((datasource) => datasource.uid));
  for (const { panel, datasource } of expressions) {
    assert.ok(uids.has(panel.datasource?.uid ?? ""), `${panel.title} names a provisioned data source`);
    assert.ok(uids.has(datasource?.uid ?? ""), `${panel.title}'s query names a provisioned data source`);
  }
});

test("every query parses as PromQL (promtool check rules)", (t) => {
  const missing = promtoolMissing();
  if (missing) return t.skip(missing);
  // Grafana's own variables, as Grafana fills them in before Prometheus sees the query.
  const rules = expressions.map(({ expr }, i) => ({
    record: `dashboard:query_${i}`,
    expr: expr.replaceAll("$__rate_interval", "1m"),
  }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-dashboard-"));
  try {
    const file = path.join(dir, "dashboard-rules.json");
    // JSON is YAML: promtool reads it as a rules file.
    fs.writeFileSync(file, JSON.stringify({ groups: [{ name: "dashboard", rules }] }));
    const checked = promtool(["check", "rules", file]);
    assert.equal(checked.code, 0, checked.output);
    assert.match(checked.output, new RegExp(`SUCCESS: ${rules.length} rules found`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
