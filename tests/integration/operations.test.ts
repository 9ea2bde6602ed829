import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { GET as movie } from "@/app/api/movies/[id]/route";
import * as unknown from "@/app/api/[...path]/route";
import { CLIENT_ADDRESS_HEADER, SERVER_STATES_ADDRESS } from "@/lib/gateway/client-address";
import { callRoute } from "../helpers/fixtures";

/** A scrape as the app's server hands it on: from `address`, with these headers. */
function scrape(address: string, headers: Record<string, string> = {}) {
  process.env[SERVER_STATES_ADDRESS] = "1";
  return metricsRoute(
    new Request("http://localhost:3000/api/metrics", { headers: { [CLIENT_ADDRESS_HEADER]: address, ...headers } }),
  );
}

test("GET /api/metrics answers Prometheus text with the app's metrics", async () => {
  const response = await scrape("127.0.0.1");
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^text\/plain/);
  const text = await response.text();
  assert.match(text, /# TYPE cinema_http_requests_total counter/);
  assert.match(text, /# TYPE cinema_outbox_messages gauge/);
  assert.match(text, /process_cpu_seconds_total/);
  // Every sample line is `name{labels} value`.
  for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) {
    assert.match(line, /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? (-?[0-9.e+-]+|nan|[+-]inf)$/i, line);
  }
});

test("without METRICS_TOKEN, metrics answer loopback and private networks only", async () => {
  for (const address of ["127.0.0.1", "::1", "10.2.3.4", "172.20.0.5", "192.168.1.9", "::ffff:127.0.0.1"])
    assert.equal((await scrape(address)).status, 200, address);
  for (const address of ["203.0.113.7", "8.8.8.8", "2001:db8::1", "unknown", "172.32.0.1"]) {
    const refused = await scrape(address);
    assert.equal(refused.status, 403, address);
    assert.equal(refused.headers.get("content-type"), "application/problem+json");
    assert.equal((await refused.json()).code, "forbidden");
  }
});

test("with METRICS_TOKEN, metrics answer only its bearer, from anywhere", async () => {
  process.env.METRICS_TOKEN = "scrape-secret-for-tests";
  try {
    assert.equal((await scrape("127.0.0.1")).status, 403, "loopback without the token");
    assert.equal((await scrape("203.0.113.7", { authorization: "Bearer wrong" })).status, 403);
    assert.equal((await scrape("203.0.113.7", { authorization: "Bearer scrape-secret-for-tests" })).status, 200);
  } finally {
    delete process.env.METRICS_TOKEN;
  }
});

test("request metrics are labelled by the route table's pattern, never by what is in the path", async () => {
  // Letters only: ids with digits were folded before; words were not.
  const junk = `junk${randomUUID().replace(/[^a-z]/g, "")}`;
  for (const suffix of ["a", "b", "c"])
    await callRoute(movie, { url: `/api/movies/${junk}${suffix}`, params: { id: `${junk}${suffix}` } });
  await unknown.GET(new Request(`http://localhost:3000/api/${junk}/x`));
  const text = await (await scrape("127.0.0.1")).text();
  assert.ok(!text.includes(junk), "no series names the path");
  assert.match(text, /cinema_http_requests_total\{[^}]*route="\/api\/movies\/:id"[^}]*status="404"/);
  assert.match(text, /cinema_http_requests_total\{[^}]*route="unmatched"/);
});

test("an unknown API route is a 404 problem for any method", async () => {
  for (const method of ["GET", "POST", "DELETE"] as const) {
    const response = await unknown[method](new Request("http://test/api/nope", { method }));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.equal((await response.json()).code, "not_found");
    assert.ok(response.headers.get("x-request-id"));
  }
});
