// Door check-in through its route: each answer a door needs (come in; already
// used, when and by whom; wrong showtime; not today; refunded; unknown), the
// show's running count, and two doors scanning one ticket at once letting it
// in once.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as checkInRoute } from "@/app/api/admin/check-in/route";
import { db } from "@/lib/db";
import { refundBooking } from "@/lib/services/bookings";
import {
  authHeaders,
  callRoute,
  makeCinemaWithHall,
  makeMovie,
  makeShowtime,
  makeUser,
  type TestHall,
  type TestUser,
} from "../helpers/fixtures";
import { paidBooking } from "../helpers/paid-bookings";

let door: TestUser;
let otherDoor: TestUser;
let hall: TestHall;
let tonight: string;
let later: string;
const codes: string[] = [];

async function codesOf(bookingId: string) {
  return (await db.ticket.findMany({ where: { bookingId }, orderBy: { seatLabel: "asc" } })).map((t) => t.code);
}

before(async () => {
  door = await makeUser({ role: "STAFF", name: "Door One" });
  otherDoor = await makeUser({ role: "STAFF", name: "Door Two" });
  hall = await makeCinemaWithHall({ rows: 2, cols: 10 });
  const film = await makeMovie({ title: "Door Film" });
  // Doors open before the show: one starting in an hour is checked in now; one in three days is not.
  tonight = (await makeShowtime(hall, { startsInMinutes: 60, movieId: film.id })).id;
  later = (await makeShowtime(hall, { movieId: film.id })).id;
  const party = await paidBooking(tonight, [hall.seats[0].id, hall.seats[1].id, hall.seats[2].id]);
  codes.push(...(await codesOf(party.id)));
});

async function scan(staff: TestUser, code: string, showtimeId?: string) {
  const response = await callRoute(checkInRoute, {
    url: "/api/admin/check-in",
    headers: await authHeaders(staff),
    body: { code, ...(showtimeId ? { showtimeId } : {}) },
  });
  return { status: response.status, body: await response.json() };
}

test("a valid ticket comes in: film, time, seat and kind of seat, and the show's count", async () => {
  const { status, body } = await scan(door, codes[0], tonight);
  assert.equal(status, 200);
  assert.equal(body.outcome, "admitted");
  assert.equal(body.show.filmTitle, "Door Film");
  assert.equal(body.ticket.seatLabel, "A1");
  assert.equal(body.ticket.seatType, "standard");
  assert.deepEqual(body.count, { admitted: 1, expected: 3 });
  const ticket = await db.ticket.findUniqueOrThrow({ where: { code: codes[0] } });
  assert.equal(ticket.checkedInBy, door.id);
});

test("the same ticket again: already used, when and by whom", async () => {
  const { status, body } = await scan(otherDoor, codes[0], tonight);
  assert.equal(status, 409);
  assert.equal(body.code, "already_checked_in");
  assert.equal(body.outcome, "already_used");
  assert.equal(body.checkedInBy, "Door One");
  assert.ok(Date.now() - Date.parse(body.checkedInAt) < 60_000);
  assert.deepEqual(body.count, { admitted: 1, expected: 3 });
});

test("at the door of another showtime: wrong showtime, saying which it is for", async () => {
  const { status, body } = await scan(door, codes[1], later);
  assert.equal(status, 409);
  assert.equal(body.code, "wrong_showtime");
  assert.equal(body.outcome, "wrong_showtime");
  assert.equal(body.show.showtimeId, tonight);
  const ticket = await db.ticket.findUniqueOrThrow({ where: { code: codes[1] } });
  assert.equal(ticket.checkedInAt, null, "not admitted");
});

test("a ticket for a show days away is not for now; a refunded one is not valid; an unknown code is unknown", async () => {
  const ahead = await paidBooking(later, [hall.seats[9].id]);
  const [aheadCode] = await codesOf(ahead.id);
  const notToday = await scan(door, aheadCode);
  assert.equal(notToday.status, 409);
  assert.equal(notToday.body.outcome, "wrong_day");

  const refunded = await paidBooking(tonight, [hall.seats[12].id]);
  const [refundedCode] = await codesOf(refunded.id);
  await refundBooking(door.id, refunded.id);
  const answer = await scan(door, refundedCode, tonight);
  assert.equal(answer.status, 409);
  assert.equal(answer.body.code, "ticket_refunded");
  assert.equal(answer.body.outcome, "refunded");

  const unknown = await scan(door, "tk_not_a_real_code", tonight);
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.outcome, "unknown");
  assert.equal(unknown.body.detail, "No ticket has this code.");
});

test("two doors scanning one ticket at the same moment let it in once", async () => {
  const answers = await Promise.all([scan(door, codes[2], tonight), scan(otherDoor, codes[2], tonight)]);
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409]);
  const admitted = answers.find((a) => a.status === 200)!;
  assert.equal(admitted.body.count.admitted, 2);
});
