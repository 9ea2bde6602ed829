// The admin pages' routes: a cinema edited (and its currency kept while
// anything is on sale), a hall's prices changed by an ADMIN and used by the
// next showtime scheduled, and every such action in the audit trail with
// who, when, before and after, readable and filterable by an ADMIN alone.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { GET as readCinema, PATCH as editCinema } from "@/app/api/admin/cinemas/[id]/route";
import { PUT as setPrices } from "@/app/api/admin/halls/[id]/prices/route";
import { POST as schedule } from "@/app/api/admin/showtimes/route";
import { GET as audit } from "@/app/api/admin/audit/route";
import { db } from "@/lib/db";
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

let staff: TestUser;
let admin: TestUser;
let hall: TestHall;

before(async () => {
  staff = await makeUser({ role: "STAFF" });
  admin = await makeUser({ role: "ADMIN", name: "Audit Admin" });
  hall = await makeCinemaWithHall();
});

async function patchCinema(user: TestUser, id: string, body: object) {
  return callRoute(editCinema, {
    url: `/api/admin/cinemas/${id}`,
    method: "PATCH",
    headers: await authHeaders(user),
    params: { id },
    body,
  });
}

async function readAudit(user: TestUser, query: Record<string, string>) {
  const response = await callRoute(audit, {
    url: `/api/admin/audit?${new URLSearchParams(query)}`,
    headers: await authHeaders(user),
  });
  return { status: response.status, body: response.status === 200 ? await response.json() : null };
}

test("staff edit a cinema; the trail says who changed which fields from what to what", async () => {
  const response = await patchCinema(staff, hall.cinemaId, {
    address: "2 New Street",
    timeZone: "Europe/Dublin",
    orphanSeatRule: true,
    companionReleaseMinutes: 30,
  });
  assert.equal(response.status, 200, await response.clone().text());
  const { cinema } = await response.json();
  assert.deepEqual(
    [cinema.address, cinema.timeZone, cinema.orphanSeatRule, cinema.companionReleaseMinutes],
    ["2 New Street", "Europe/Dublin", true, 30],
  );
  const read = await callRoute(readCinema, {
    url: `/api/admin/cinemas/${hall.cinemaId}`,
    headers: await authHeaders(staff),
    params: { id: hall.cinemaId },
  });
  assert.equal((await read.json()).cinema.address, "2 New Street");

  const { body } = await readAudit(admin, { entity: `cinema:${hall.cinemaId}` });
  const [entry] = body.items;
  assert.equal(entry.action, "cinema.update");
  assert.equal(entry.actor, staff.email);
  assert.deepEqual(entry.before, {
    address: "1 Test Street",
    timeZone: "Europe/London",
    orphanSeatRule: false,
    companionReleaseMinutes: 60,
  });
  assert.deepEqual(entry.after, {
    address: "2 New Street",
    timeZone: "Europe/Dublin",
    orphanSeatRule: true,
    companionReleaseMinutes: 30,
  });
  assert.ok(Date.now() - Date.parse(entry.at) < 60_000);
});

test("a cinema's currency stays while a showtime is on sale; bad input and unknown cinemas are refused", async () => {
  const selling = await makeCinemaWithHall();
  await makeShowtime(selling);
  const refused = await patchCinema(staff, selling.cinemaId, { currency: "EUR" });
  assert.equal(refused.status, 409);
  assert.match((await refused.json()).detail, /1 showtime is still to come in GBP/);
  const idle = await makeCinemaWithHall();
  assert.equal((await patchCinema(staff, idle.cinemaId, { currency: "eur" })).status, 200);
  assert.equal((await db.cinema.findUniqueOrThrow({ where: { id: idle.cinemaId } })).currency, "EUR");
  assert.equal((await patchCinema(staff, idle.cinemaId, { timeZone: "Mars/Olympus" })).status, 400);
  assert.equal((await patchCinema(staff, idle.cinemaId, { name: "" })).status, 400);
  assert.equal((await patchCinema(staff, "no-such-cinema", { city: "Nowhere" })).status, 404);
  const customer = await makeUser();
  assert.equal((await patchCinema(customer, idle.cinemaId, { city: "Nowhere" })).status, 403);
});

test("an ADMIN's new hall prices are what the next showtime sells at; the old showtime keeps its own", async () => {
  const before = await makeShowtime(hall);
  const put = async (user: TestUser) =>
    callRoute(setPrices, {
      url: `/api/admin/halls/${hall.hallId}/prices`,
      method: "PUT",
      headers: await authHeaders(user),
      params: { id: hall.hallId },
      // The hall's whole price list; only two prices change.
      body: { STANDARD: 1375, PREMIUM: 1990, WHEELCHAIR: 1500, COMPANION: 1750, COUPLE: 2000 },
    });
  assert.equal((await put(staff)).status, 403, "prices are an admin's");
  assert.equal((await put(admin)).status, 200);

  const movie = await makeMovie();
  const startsAt = new Date(Date.now() + 20 * 86_400_000);
  startsAt.setUTCHours(12, 0, 0, 0);
  const created = await callRoute(schedule, {
    url: "/api/admin/showtimes",
    headers: await authHeaders(staff),
    body: { movieId: movie.id, hallId: hall.hallId, startsAt: startsAt.toISOString() },
  });
  assert.equal(created.status, 201, await created.clone().text());
  const [showtime] = (await created.json()).items;
  const priceOf = async (showtimeId: string, seatType: "STANDARD" | "PREMIUM") =>
    (await db.showtimePrice.findFirstOrThrow({ where: { showtimeId, seatType } })).amountCents;
  assert.equal(await priceOf(showtime.id, "STANDARD"), 1375);
  assert.equal(await priceOf(showtime.id, "PREMIUM"), 1990);
  assert.equal(await priceOf(before.id, "STANDARD"), 1000, "a showtime on sale keeps its price");

  const { body } = await readAudit(admin, { entity: `hall:${hall.hallId}`, action: "hall.prices" });
  assert.deepEqual(body.items[0].before, { STANDARD: 1000, PREMIUM: 1250 });
  assert.deepEqual(body.items[0].after, { STANDARD: 1375, PREMIUM: 1990 });
  assert.equal(body.items[0].actor, admin.email);
});

test("the trail filters by who and by what, pages back in time, and is an ADMIN's alone", async () => {
  const byAdmin = await readAudit(admin, { actor: admin.email });
  assert.ok(byAdmin.body.items.length >= 1);
  assert.ok(byAdmin.body.items.every((item: { actor: string }) => item.actor === admin.email));
  const byKind = await readAudit(admin, { entity: "cinema" });
  assert.ok(byKind.body.items.every((item: { entity: string }) => item.entity === "cinema"));
  const newest = byKind.body.items[0];
  const older = await readAudit(admin, { entity: "cinema", before: newest.at });
  assert.ok(older.body.items.every((item: { at: string }) => item.at < newest.at));
  assert.equal((await readAudit(staff, {})).status, 403);
  assert.equal((await readAudit(admin, { before: "yesterday" })).status, 400);
});
