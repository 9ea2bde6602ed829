import { test } from "node:test";
import assert from "node:assert/strict";
import { GET } from "@/app/api/health/route";

test("GET /api/health reports every service and the database as ok", async () => {
  const response = await GET();
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.status, "ok");
  assert.deepEqual(Object.keys(body.services).sort(), [
    "bookings",
    "database",
    "movies",
    "notifications",
    "payments",
    "seats",
    "showtimes",
    "users",
  ]);
  assert.ok(Object.values(body.services).every((state) => state === "ok"));
});
