import { test } from "node:test";
import assert from "node:assert/strict";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import * as unknown from "@/app/api/[...path]/route";

test("GET /api/metrics answers Prometheus text with the app's metrics", async () => {
  const response = await metricsRoute();
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

test("an unknown API route is a 404 problem for any method", async () => {
  for (const method of ["GET", "POST", "DELETE"] as const) {
    const response = await unknown[method](new Request("http://test/api/nope", { method }));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get("content-type"), "application/problem+json");
    assert.equal((await response.json()).code, "not_found");
  }
});
