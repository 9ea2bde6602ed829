// The worker's metrics server (scripts/metrics-server.ts) over real HTTP on
// loopback: the registry's text for the bearer of METRICS_TOKEN, nothing for
// anyone else, and nothing but GET /metrics.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type http from "node:http";
import { serveMetrics } from "../../scripts/metrics-server";
import { samples } from "./operations-scrape";

const TOKEN = "worker-metrics-token-for-tests";
let server: http.Server;
let base: string;

before(async () => {
  process.env.METRICS_TOKEN = TOKEN;
  server = serveMetrics(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  delete process.env.METRICS_TOKEN;
  server.close();
});

test("GET /metrics answers the registry's text to the token's bearer", async () => {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^text\/plain/);
  const text = await response.text();
  assert.match(text, /^# TYPE cinema_messages_total counter$/m);
  assert.ok(
    samples(text).some((sample) => sample.name === "cinema_outbox_messages"),
    "the database gauges too",
  );
});

test("without the token, or with another, or from loopback alone: 403", async () => {
  const refused: Record<string, string>[] = [{}, { authorization: "Bearer not-the-token" }, { authorization: TOKEN }];
  for (const headers of refused)
    assert.equal((await fetch(`${base}/metrics`, { headers })).status, 403, JSON.stringify(headers));
});

test("anything but GET /metrics: 404", async () => {
  const auth = { authorization: `Bearer ${TOKEN}` };
  assert.equal((await fetch(`${base}/`, { headers: auth })).status, 404);
  assert.equal((await fetch(`${base}/api/metrics`, { headers: auth })).status, 404);
  assert.equal((await fetch(`${base}/metrics`, { method: "POST", headers: auth })).status, 404);
});
