// Seat hoarding (security review 15.5): one account, or many accounts from
// one address, can't keep a hall held. Limits per account and per address
// on every path that holds seats, and a cap on live holds per showtime per
// address that the database enforces as it takes the seats.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as hold } from "@/app/api/seats/hold/route";
import { CLIENT_ADDRESS_HEADER, SERVER_STATES_ADDRESS } from "@/lib/gateway/client-address";
import { LIMITS } from "@/lib/gateway/rate-limit";
import { MAX_HOLDS_PER_ADDRESS } from "@/lib/services/seats";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser, type TestHall } from "../helpers/fixtures";

// The real limits, and addresses as the app's HTTP server states them.
process.env.RATE_LIMIT_MULTIPLIER = "1";
process.env[SERVER_STATES_ADDRESS] = "1";

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 8, cols: 12 });
});

async function holdFrom(address: string, showtimeId: string, seatIds: string[]) {
  const user = await makeUser();
  const headers = await authHeaders(user, { [CLIENT_ADDRESS_HEADER]: address });
  return callRoute(hold, { url: "/api/seats/hold", headers, body: { showtimeId, seatIds } });
}

test("many accounts from one address hold at most MAX_HOLDS_PER_ADDRESS times per showtime", async () => {
  const showtime = await makeShowtime(hall);
  const seats = hall.seats.map((seat) => seat.id);
  const statuses: number[] = [];
  for (let i = 0; i <= MAX_HOLDS_PER_ADDRESS; i++) {
    statuses.push((await holdFrom("198.51.100.7", showtime.id, [seats[i * 2], seats[i * 2 + 1]])).status);
  }
  assert.deepEqual(statuses.slice(0, MAX_HOLDS_PER_ADDRESS), Array(MAX_HOLDS_PER_ADDRESS).fill(201));
  const refused = await holdFrom("198.51.100.7", showtime.id, [seats[60], seats[61]]);
  assert.equal(refused.status, 429);
  assert.equal((await refused.json()).code, "rate_limited");
  assert.equal((await holdFrom("198.51.100.8", showtime.id, [seats[62], seats[63]])).status, 201, "another address");
  const elsewhere = await makeShowtime(hall);
  assert.equal((await holdFrom("198.51.100.7", elsewhere.id, [seats[0], seats[1]])).status, 201, "another showtime");
});

test("one account's hold attempts are limited per minute, refused or not", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const headers = await authHeaders(user, { [CLIENT_ADDRESS_HEADER]: "198.51.100.9" });
  const taken = hall.seats[0].id;
  await holdFrom("198.51.100.10", showtime.id, [taken]);
  const statuses: number[] = [];
  for (let i = 0; i <= LIMITS.holdsPerAccount.points; i++) {
    const response = await callRoute(hold, {
      url: "/api/seats/hold",
      headers,
      body: { showtimeId: showtime.id, seatIds: [taken] },
    });
    statuses.push(response.status);
  }
  assert.deepEqual(statuses.slice(0, LIMITS.holdsPerAccount.points), Array(LIMITS.holdsPerAccount.points).fill(409));
  assert.equal(statuses.at(-1), 429, "the N+1st attempt is refused");
});
