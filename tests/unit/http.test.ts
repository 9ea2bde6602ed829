import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { json, route, routePattern } from "@/lib/http";
import { AppError } from "@/lib/errors";

const echo = route({ body: z.object({ seats: z.array(z.string()).min(1) }) }, async ({ body }) => json(body, 201));
const post = (body: string, headers: Record<string, string> = {}) =>
  echo(
    new Request("http://test/api/echo", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", ...headers },
    }),
  );

async function problem(response: Response) {
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
  const body = await problem(response);
  assert.equal(body.code, "malformed_json");
  assert.ok(body.type && body.title && body.detail);
});

test("invalid fields are 400 validation_failed listing each field", async () => {
  const response = await post(JSON.stringify({ seats: [] }));
  assert.equal(response.status, 400);
  const body = await problem(response);
  assert.equal(body.code, "validation_failed");
  assert.equal(body.errors[0].path, "seats");
});

test("a body over 1 MB is 413", async () => {
  const response = await post(JSON.stringify({ seats: ["x".repeat(1024 * 1024)] }));
  assert.equal(response.status, 413);
  assert.equal((await problem(response)).code, "payload_too_large");
});

test("an AppError keeps its code, status and extra members", async () => {
  const failing = route({}, async () => {
    throw new AppError("seats_unavailable", "Someone was faster.", { extra: { seatIds: ["A1"] } });
  });
  const response = await failing(new Request("http://test/x"));
  assert.equal(response.status, 409);
  const body = await problem(response);
  assert.equal(body.code, "seats_unavailable");
  assert.deepEqual(body.seatIds, ["A1"]);
});

test("an unexpected error is a 500 that hides its message", async () => {
  const failing = route({}, async () => {
    throw new Error("password=hunter2 at db.ts:12");
  });
  const response = await failing(new Request("http://test/x"));
  assert.equal(response.status, 500);
  const body = await problem(response);
  assert.equal(body.code, "internal_error");
  assert.ok(!JSON.stringify(body).includes("hunter2"));
});

test("a protected handler without credentials is 401", async () => {
  const me = route({}, async ({ caller }) => json(await caller()));
  const response = await me(new Request("http://test/api/users/me"));
  assert.equal(response.status, 401);
  assert.equal((await problem(response)).code, "unauthenticated");
});

test("metric labels fold ids into :id", () => {
  assert.equal(routePattern("/api/booking/cm3xk2n0a0000/cancel"), "/api/booking/:id/cancel");
  assert.equal(routePattern("/api/movies"), "/api/movies");
});
