// What only a real HTTP server sees: paths that can't be decoded, NUL in a
// path, HEAD on a protected route. Every refusal is a 4xx, never a 5xx.
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_A } from "./helpers";

const PATHS = [
  "/api/showtimes/%E0%A4%A",
  "/api/showtimes/%E0%A4%A/seats",
  "/api/movies/%00",
  "/api/movies/%C0%AF",
  "/api/cinemas/%FF%FE",
  "/api/booking/%",
  "/api/seats/hold/%E0",
  "/api/users/me/%00",
];

test("undecodable or NUL paths answer 4xx problem+json", async () => {
  for (const path of PATHS) {
    for (const method of ["GET", "POST", "DELETE"]) {
      const response = await fetch(`${APP_A}${path}`, { method });
      assert.ok(response.status >= 400 && response.status < 500, `${method} ${path}: ${response.status}`);
    }
  }
});

test("HEAD and OPTIONS on a staff route are checked like GET", async () => {
  const head = await fetch(`${APP_A}/api/admin/users?q=a`, { method: "HEAD" });
  assert.equal(head.status, 401);
  const options = await fetch(`${APP_A}/api/admin/users`, { method: "OPTIONS" });
  assert.equal(options.status, 204);
  assert.match(options.headers.get("allow") ?? "", /GET/);
});

test("the on-sale lane answers as the gateway does: refusals, request ids, security and cache headers", async () => {
  const anonymous = await fetch(`${APP_A}/api/seats/hold`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": "lane-check-1" },
    body: JSON.stringify({ showtimeId: "x", seatIds: ["y"] }),
  });
  assert.equal(anonymous.status, 401);
  assert.equal(anonymous.headers.get("content-type"), "application/problem+json");
  assert.equal(anonymous.headers.get("x-request-id"), "lane-check-1");
  assert.equal(anonymous.headers.get("x-content-type-options"), "nosniff");
  assert.equal(anonymous.headers.get("cache-control"), "no-store");
  const unknown = await fetch(`${APP_A}/api/showtimes/no-such-showtime/seats`);
  assert.equal(unknown.status, 404);
  assert.equal((await unknown.json()).code, "not_found");
  const crossSite = await fetch(`${APP_A}/api/seats/hold`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: "https://elsewhere.example",
      cookie: "authjs.session-token=x",
    },
    body: "{}",
  });
  assert.equal(crossSite.status, 403);
  assert.equal((await crossSite.json()).code, "cross_origin");
});
