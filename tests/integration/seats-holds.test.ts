// Seat holds against a real PostgreSQL: all or nothing, no seat held twice
// under a crowd of racing buyers, release, expiry and the seat map.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as hold } from "@/app/api/seats/hold/route";
import { DELETE as release } from "@/app/api/seats/hold/[holdId]/route";
import { GET as seatMap } from "@/app/api/showtimes/[id]/seats/route";
import { db } from "@/lib/db";
import { sweepExpiredHolds } from "@/lib/services/seats";
import {
  authHeaders,
  callRoute,
  makeCinemaWithHall,
  makeShowtime,
  makeUser,
  type TestHall,
  type TestUser,
} from "../helpers/fixtures";

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 6, cols: 12 });
});

const seatId = (label: string) => hall.seats.find((s) => s.label === label)!.id;
const holdAs = async (user: TestUser, showtimeId: string, labels: string[]) =>
  callRoute(hold, {
    url: "/api/seats/hold",
    headers: await authHeaders(user),
    body: { showtimeId, seatIds: labels.map(seatId) },
  });

test("a hold takes every seat and answers with its expiry", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const response = await holdAs(user, showtime.id, ["C5", "C6"]);
  assert.equal(response.status, 201);
  const body = await response.json();
  assert.equal(body.showtimeId, showtime.id);
  assert.deepEqual(body.seatIds.sort(), [seatId("C5"), seatId("C6")].sort());
  const minutes = (Date.parse(body.expiresAt) - Date.now()) / 60_000;
  assert.ok(minutes > 9 && minutes <= 10, `expires in ~10 minutes (${minutes})`);

  const mine = await (
    await callRoute(seatMap, {
      url: `/api/showtimes/${showtime.id}/seats`,
      headers: await authHeaders(user),
      params: { id: showtime.id },
    })
  ).json();
  assert.equal(mine.seats.find((s: { label: string }) => s.label === "C5").status, "held_by_you");
  assert.equal(mine.yourHold.holdId, body.holdId);
  const theirs = await (
    await callRoute(seatMap, { url: `/api/showtimes/${showtime.id}/seats`, params: { id: showtime.id } })
  ).json();
  assert.equal(theirs.seats.find((s: { label: string }) => s.label === "C5").status, "held");
  assert.equal(theirs.seats.length, 72);
  assert.equal(theirs.rows, 6);
});

test(">=100 buyers racing for overlapping seats: no seat held twice, every loser gets 409", async () => {
  const showtime = await makeShowtime(hall);
  const buyers = await Promise.all(Array.from({ length: 120 }, () => makeUser()));
  const headers = await Promise.all(buyers.map((buyer) => authHeaders(buyer)));
  // Everyone wants two neighbouring seats in row D, windows overlapping by one.
  const rowD = hall.seats.filter((s) => s.label.startsWith("D")).sort((a, b) => a.gridCol - b.gridCol);
  const requests = buyers.map((_, i) => {
    const start = i % (rowD.length - 1);
    return [rowD[start].id, rowD[start + 1].id];
  });
  const responses = await Promise.all(
    requests.map((seatIds, i) =>
      callRoute(hold, { url: "/api/seats/hold", headers: headers[i], body: { showtimeId: showtime.id, seatIds } }),
    ),
  );
  const statuses = responses.map((r) => r.status);
  const winners = statuses.filter((s) => s === 201).length;
  const losers = statuses.filter((s) => s === 409).length;
  assert.equal(winners + losers, 120, `only 201 and 409 answers (got ${[...new Set(statuses)].join(", ")})`);
  assert.ok(winners >= 1 && winners <= 6, `at most 6 disjoint pairs fit in a row of 12 (got ${winners})`);
  for (const response of responses.filter((r) => r.status === 409)) {
    const problem = await response.json();
    assert.ok(["seats_unavailable", "orphan_seat"].includes(problem.code), problem.code);
    if (problem.code === "seats_unavailable") assert.ok(problem.seatIds.length >= 1);
  }
  const held = await db.showtimeSeat.findMany({ where: { showtimeId: showtime.id, status: "HELD" } });
  const heldSeatIds = held.map((s) => s.seatId);
  assert.equal(new Set(heldSeatIds).size, heldSeatIds.length);
  assert.equal(held.length, winners * 2, "every winner holds exactly its two seats");
  const holds = await db.hold.findMany({ where: { showtimeId: showtime.id } });
  assert.equal(holds.length, winners, "losing transactions left no hold behind");
});

test("all or nothing: one taken seat fails the whole request and names it", async () => {
  const showtime = await makeShowtime(hall);
  const [first, second] = [await makeUser(), await makeUser()];
  assert.equal((await holdAs(first, showtime.id, ["B3"])).status, 201);
  const response = await holdAs(second, showtime.id, ["B2", "B3", "B4"]);
  assert.equal(response.status, 409);
  const problem = await response.json();
  assert.equal(problem.code, "seats_unavailable");
  assert.deepEqual(problem.seatIds, [seatId("B3")]);
  const stillFree = await db.showtimeSeat.findMany({
    where: { showtimeId: showtime.id, seatId: { in: [seatId("B2"), seatId("B4")] } },
  });
  assert.ok(stillFree.every((s) => s.status === "AVAILABLE"));
});

test("at most 10 seats per moviegoer per showtime", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  assert.equal((await holdAs(user, showtime.id, ["A1", "A2", "A3", "A4", "A5", "A6"])).status, 201);
  const response = await holdAs(user, showtime.id, ["F1", "F2", "F3", "F4", "F5"]);
  assert.equal(response.status, 409);
  assert.equal((await response.json()).code, "too_many_seats");
});

test("started or cancelled showtimes are not on sale", async () => {
  const user = await makeUser();
  const started = await makeShowtime(hall, { startsInMinutes: -5 });
  const response = await holdAs(user, started.id, ["A1"]);
  assert.equal(response.status, 409);
  assert.equal((await response.json()).code, "showtime_not_on_sale");
  const cancelled = await makeShowtime(hall);
  await db.showtime.update({ where: { id: cancelled.id }, data: { status: "CANCELLED" } });
  assert.equal((await (await holdAs(user, cancelled.id, ["A1"])).json()).code, "showtime_not_on_sale");
});

test("releasing frees the seats at once; someone else's hold is 404", async () => {
  const showtime = await makeShowtime(hall);
  const [owner, stranger] = [await makeUser(), await makeUser()];
  const { holdId } = await (await holdAs(owner, showtime.id, ["E7", "E8"])).json();
  const foreign = await callRoute(release, {
    url: `/api/seats/hold/${holdId}`,
    method: "DELETE",
    headers: await authHeaders(stranger),
    params: { holdId },
  });
  assert.equal(foreign.status, 404);
  const own = await callRoute(release, {
    url: `/api/seats/hold/${holdId}`,
    method: "DELETE",
    headers: await authHeaders(owner),
    params: { holdId },
  });
  assert.equal(own.status, 204);
  assert.equal((await holdAs(stranger, showtime.id, ["E7", "E8"])).status, 201);
});

test("an expired hold reads as free, can be taken, and the sweeper ends it once", async () => {
  const showtime = await makeShowtime(hall);
  const [slow, fast] = [await makeUser(), await makeUser()];
  const { holdId } = await (await holdAs(slow, showtime.id, ["A9", "A10"])).json();
  await db.$executeRaw`UPDATE "seats"."showtime_seats" SET held_until = now() - interval '1 second' WHERE hold_id = ${holdId}`;
  await db.hold.update({ where: { id: holdId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const map = await (
    await callRoute(seatMap, { url: `/api/showtimes/${showtime.id}/seats`, params: { id: showtime.id } })
  ).json();
  assert.equal(map.seats.find((s: { label: string }) => s.label === "A9").status, "available");
  // Two sweepers at once, round after round until they reach this hold (other files may leave a backlog).
  for (let round = 0; round < 50; round++) {
    if ((await db.hold.findUniqueOrThrow({ where: { id: holdId } })).status !== "ACTIVE") break;
    await Promise.all([sweepExpiredHolds(), sweepExpiredHolds()]);
  }
  assert.equal((await db.hold.findUniqueOrThrow({ where: { id: holdId } })).status, "EXPIRED");
  assert.equal((await holdAs(fast, showtime.id, ["A9", "A10"])).status, 201);
});

test("bad input is a 400 with the fields, unknown seats too", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const empty = await callRoute(hold, {
    url: "/api/seats/hold",
    headers: await authHeaders(user),
    body: { showtimeId: showtime.id, seatIds: [] },
  });
  assert.equal(empty.status, 400);
  assert.equal((await empty.json()).errors[0].path, "seatIds");
  const unknown = await callRoute(hold, {
    url: "/api/seats/hold",
    headers: await authHeaders(user),
    body: { showtimeId: showtime.id, seatIds: ["nope"] },
  });
  assert.equal(unknown.status, 400);
  const missing = await callRoute(hold, {
    url: "/api/seats/hold",
    headers: await authHeaders(user),
    body: { showtimeId: "nope", seatIds: ["x"] },
  });
  assert.equal(missing.status, 404);
});
