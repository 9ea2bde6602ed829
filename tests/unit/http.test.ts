import { test } from "node:test";
import assert from "node:assert/strict";
import pino from "pino";
import { z } from "zod";
import { json, metricRoute, route } from "@/lib/http";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

const echo = route({ body: z.object({ seats: z.array(z.string()).min(1) }) }, async ({ body }) => json(body, 201));
const post = (body: string, headers: Record<string, string> = {}) =>
  echo(
    new Request("http://test/api/echo", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
  );

async function problemOf(response: Response) {
  assert.equal(response.headers.get("content-type"), "application/problem+json");
  return response.json();
}

test("valid input reaches the handler", async () => {
  const response = await post(JSON.stringify({ seats: ["A1"] }));
  assert.equal(response.status, 201);
  assert.deepEqual(await response.json(), { seats: ["A1"] });
});

test("malformed JSON is a 400 problem", async () => {
  const response = await post("{nope");
  assert.equal(response.status, 400);
  const body = await problemOf(response);
  assert.equal(body.code, "malformed_json");
  assert.ok(body.type && body.title && body.detail);
});

test("invalid fields are 400 validation_failed listing each field", async () => {
  const response = await post(JSON.stringify({ seats: [] }));
  assert.equal(response.status, 400);
  const body = await problemOf(response);
  assert.equal(body.code, "validation_failed");
  assert.equal(body.errors[0].path, "seats");
});

test("a body over 1 MB is 413", async () => {
  const response = await post(JSON.stringify({ seats: ["x".repeat(1024 * 1024)] }));
  assert.equal(response.status, 413);
  assert.equal((await problemOf(response)).code, "payload_too_large");
});

test("an AppError keeps its code, status and extra members", async () => {
  const failing = route({}, async () => {
    throw new AppError("seats_unavailable", "Someone was faster.", { extra: { seatIds: ["A1"] } });
  });
  const response = await failing(new Request("http://test/x"));
  assert.equal(response.status, 409);
  const body = await problemOf(response);
  assert.equal(body.code, "seats_unavailable");
  assert.deepEqual(body.seatIds, ["A1"]);
});

test("an unexpected error is a 500 that hides its message", async () => {
  const failing = route({}, async () => {
    throw new Error("password=hunter2 at db.ts:12");
  });
  const response = await failing(new Request("http://test/x"));
  assert.equal(response.status, 500);
  const body = await problemOf(response);
  assert.equal(body.code, "internal_error");
  assert.ok(!JSON.stringify(body).includes("hunter2"));
});

test("a protected handler without credentials is 401", async () => {
  const me = route({}, async ({ caller }) => json(await caller()));
  const response = await me(new Request("http://test/api/users/me"));
  assert.equal(response.status, 401);
  assert.equal((await problemOf(response)).code, "unauthenticated");
});

test("metric labels are the route table's pattern, or unmatched", () => {
  assert.equal(metricRoute("/api/booking/cm3xk2n0a0000/cancel"), "/api/booking/:id/cancel");
  assert.equal(metricRoute("/api/movies/the-night-train"), "/api/movies/:id");
  assert.equal(metricRoute("/api/movies"), "/api/movies");
  assert.equal(metricRoute("/api/no/such/route/here"), "unmatched");
});

test("a NUL or control character anywhere in a JSON body is 400 naming the field", async () => {
  for (const [body, path] of [
    [{ seats: ["A\u0000"] }, "seats.0"],
    [{ seats: ["A1"], note: "bell\u0007" }, "note"],
    [{ seats: ["A1"], "k\u0000": 1 }, "(root)"],
  ] as const) {
    const response = await post(JSON.stringify(body));
    assert.equal(response.status, 400, JSON.stringify(body));
    const problem = await problemOf(response);
    assert.equal(problem.code, "validation_failed");
    assert.equal(problem.errors[0].path, path);
  }
  // Tab, newline and carriage return are text.
  assert.equal((await post(JSON.stringify({ seats: ["A\t1\r\n"] }))).status, 201);
});

test("prototype keys are refused, at any depth", async () => {
  for (const text of [
    '{"seats":["A1"],"__proto__":{"admin":true}}',
    '{"seats":["A1"],"x":{"constructor":{"prototype":1}}}',
  ]) {
    const response = await post(text);
    assert.equal(response.status, 400, text);
    assert.match((await problemOf(response)).errors[0].message, /not allowed/);
  }
});

test("JSON nested deeper than 64 levels is 400, even a million levels", async () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  for (const n of [65, 500_000]) {
    const response = await post(`{"seats":${deep(n)}}`);
    assert.equal(response.status, 400);
    assert.match((await problemOf(response)).errors[0].message, /deeper than 64/);
  }
});

test("a JSON body needs a JSON content type; invalid UTF-8 is malformed", async () => {
  const plain = await post(JSON.stringify({ seats: ["A1"] }), { "content-type": "text/plain" });
  assert.equal(plain.status, 415);
  assert.equal((await problemOf(plain)).code, "unsupported_media_type");
  assert.equal(
    (await post(JSON.stringify({ seats: ["A1"] }), { "content-type": "application/vnd.api+json" })).status,
    201,
  );
  const bytes = echo(
    new Request("http://test/api/echo", {
      method: "POST",
      body: new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      headers: { "content-type": "application/json" },
    }),
  );
  assert.equal((await problemOf(await bytes)).code, "malformed_json");
});

test("a body over 1 MB is refused while streaming, whatever Content-Length says", async () => {
  const chunk = new Uint8Array(256 * 1024).fill(0x20);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent++;
      if (sent > 40) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const response = await echo(
    new Request("http://test/api/echo", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit),
  );
  assert.equal(response.status, 413);
  assert.ok(sent < 40, `stopped reading after ${sent} chunks`);
});

test("path parameters and query strings with control characters are 400", async () => {
  const byId = route({ params: z.object({ id: z.string() }) }, async ({ params }) => json(params));
  const path = await byId(new Request("http://test/api/movies/%00"), { params: Promise.resolve({ id: "\u0000" }) });
  assert.equal(path.status, 400);
  assert.equal((await problemOf(path)).errors[0].path, "path.id");
  const listing = route({ query: z.object({ q: z.string().optional() }) }, async ({ query }) => json(query));
  const query = await listing(new Request("http://test/api/movies?q=a%00b"));
  assert.equal(query.status, 400);
  assert.equal((await problemOf(query)).errors[0].path, "query.q");
});

test("every answer carries x-request-id: the caller's when sane, else a new one; a 500 names it", async () => {
  const ok = await post(JSON.stringify({ seats: ["A1"] }), { "x-request-id": "req-12345678" });
  assert.equal(ok.headers.get("x-request-id"), "req-12345678");
  const refused = await post("{nope", { "x-request-id": "bad id\twith spaces" });
  assert.match(refused.headers.get("x-request-id") ?? "", /^[0-9a-f-]{36}$/);
  const failing = route({}, async () => {
    throw new Error("boom");
  });
  const response = await failing(new Request("http://test/x", { headers: { "x-request-id": "trace-abcdef01" } }));
  assert.equal(response.headers.get("x-request-id"), "trace-abcdef01");
  const problem = await problemOf(response);
  assert.equal(problem.requestId, "trace-abcdef01");
  assert.match(problem.detail, /trace-abcdef01/);
});

test("a value the database refuses (NUL, out of range, malformed) is 400, not 500", async () => {
  for (const sqlState of ["22021", "22003", "22001", "22P02", "22007", "22008"]) {
    const failing = route({}, async () => {
      throw Object.assign(new Error("Invalid `db.movie.findFirst()` invocation"), {
        code: "P2039",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: sqlState } } },
      });
    });
    const response = await failing(new Request("http://test/x"));
    assert.equal(response.status, 400, sqlState);
    assert.equal((await problemOf(response)).code, "validation_failed");
  }
  const unique = route({}, async () => {
    throw Object.assign(new Error("dup"), { code: "23505" });
  });
  assert.equal((await unique(new Request("http://test/x"))).status, 500, "other database errors stay 500");
});

test("access: 401 without a caller; the role is checked before the body is read", async () => {
  const staffOnly = route({ access: "staff", body: z.object({ x: z.number() }) }, async () => json({ ok: true }));
  const response = await staffOnly(new Request("http://test/api/admin/x", { method: "POST", body: "{nope" }));
  assert.equal(response.status, 401);
  assert.equal((await problemOf(response)).code, "unauthenticated");
});

test("every log line written while a request is answered carries its request id", async () => {
  const mixin = (logger as unknown as Record<symbol, () => object>)[pino.symbols.mixinSym];
  let during: object | undefined;
  const handler = route({}, async () => {
    await Promise.resolve();
    during = mixin();
    return json({});
  });
  const response = await handler(new Request("http://test/api/x", { headers: { "x-request-id": "trace-0001" } }));
  assert.equal(response.headers.get("x-request-id"), "trace-0001");
  assert.deepEqual(during, { requestId: "trace-0001" });
  assert.deepEqual(mixin(), {}, "outside a request, no id");
});
