// Booking holds seats until its checkout ends, so it is limited per account
// and per address against hoarding: the attempt past each limit gets 429.
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { CLIENT_ADDRESS_HEADER, SERVER_STATES_ADDRESS } from "@/lib/gateway/client-address";
import { LIMITS } from "@/lib/gateway/rate-limit";
import { authHeaders, callRoute, makeUser, unique, type TestUser } from "../helpers/fixtures";

// This file tests the real limits, not the raised ones the runner sets for other suites.
process.env.RATE_LIMIT_MULTIPLIER = "1";
// As behind scripts/serve.ts, which states each request's address: each test has its own.
process.env[SERVER_STATES_ADDRESS] = "1";

/** A booking attempt for a showtime that does not exist: counted, then refused with 404. */
async function attempt(user: TestUser, address: string) {
  return callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(user, { "idempotency-key": unique("rl-key"), [CLIENT_ADDRESS_HEADER]: address }),
    body: { showtimeId: "no-such-showtime", seatIds: ["no-such-seat"] },
  });
}

test("one account past its booking limit gets 429 rate_limited", async () => {
  const user = await makeUser();
  const address = unique("address");
  for (let i = 0; i < LIMITS.bookingsPerAccount.points; i++) assert.equal((await attempt(user, address)).status, 404);
  const refused = await attempt(user, address);
  assert.equal(refused.status, 429);
  assert.equal((await refused.json()).code, "rate_limited");
  assert.ok(Number(refused.headers.get("retry-after")) > 0);
});

test("one address past its booking limit gets 429, whatever the accounts", async () => {
  const address = unique("address");
  const users = await Promise.all(Array.from({ length: 4 }, () => makeUser()));
  for (let i = 0; i < LIMITS.bookingsPerIp.points; i++)
    assert.equal((await attempt(users[i % users.length], address)).status, 404);
  const refused = await attempt(await makeUser(), address);
  assert.equal(refused.status, 429);
  assert.equal((await refused.json()).code, "rate_limited");
});
