// Staff scheduling and the public catalogue through the route handlers.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as createHall } from "@/app/api/admin/halls/route";
import { PUT as putLayout } from "@/app/api/admin/halls/[id]/layout/route";
import { POST as createShowtimes } from "@/app/api/admin/showtimes/route";
import { POST as createMovie } from "@/app/api/admin/movies/route";
import { GET as publicShowtimes } from "@/app/api/showtimes/route";
import { GET as publicMovies } from "@/app/api/movies/route";
import { GET as showtimeDetail } from "@/app/api/showtimes/[id]/route";
import { db } from "@/lib/db";
import { authHeaders, callRoute, makeCinemaWithHall, makeUser, type TestUser } from "../helpers/fixtures";

let staff: TestUser;
let cinemaId: string;
let movieId: string;
before(async () => {
  staff = await makeUser({ role: "STAFF" });
  cinemaId = (await makeCinemaWithHall({ rows: 1, cols: 1 })).cinemaId;
  await db.cinema.update({ where: { id: cinemaId }, data: { timeZone: "America/New_York", currency: "USD" } });
  const response = await callRoute(createMovie, {
    url: "/api/admin/movies",
    headers: await authHeaders(staff),
    body: {
      title: `Night Train ${Date.now()}`,
      synopsis: "A test film.",
      genres: ["Thriller"],
      runtimeMin: 110,
      rating: "15",
      releaseDate: "2026-11-01",
      status: "NOW_SHOWING",
    },
  });
  assert.equal(response.status, 201);
  movieId = (await response.json()).movie.id;
});

const layout = {
  rows: 3,
  cols: 7,
  seats: [
    ...[0, 1, 2, 4, 5, 6].map((col) => ({ row: 0, col, type: "STANDARD" })),
    { row: 1, col: 0, type: "WHEELCHAIR" },
    { row: 1, col: 1, type: "COMPANION" },
    ...[0, 1, 2, 3].map((col) => ({ row: 2, col, type: "COUPLE" })),
  ],
};

async function hall() {
  const response = await callRoute(createHall, {
    url: "/api/admin/halls",
    headers: await authHeaders(staff),
    body: { cinemaId, name: `Hall ${Math.random()}`, cleaningMinutes: 20, layout },
  });
  assert.equal(response.status, 201);
  return (await response.json()) as { hall: { id: string }; layout: { id: string; seatCount: number } };
}

const schedule = async (body: object) =>
  callRoute(createShowtimes, { url: "/api/admin/showtimes", headers: await authHeaders(staff), body });

test("a drawn layout is validated and saved with its seat count", async () => {
  const { layout: saved } = await hall();
  assert.equal(saved.seatCount, 12);
  const bad = await callRoute(createHall, {
    url: "/api/admin/halls",
    headers: await authHeaders(staff),
    body: { cinemaId, name: "Broken", layout: { rows: 1, cols: 3, seats: [{ row: 0, col: 0, type: "COUPLE" }] } },
  });
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).detail, /Couple seat A1 needs a couple seat/);
});

test("a showtime that overlaps another in its hall, cleaning included, is 409 naming the clash", async () => {
  const { hall: h } = await hall();
  const start = new Date(Date.now() + 10 * 86_400_000);
  const first = await schedule({ movieId, hallId: h.id, startsAt: start.toISOString() });
  assert.equal(first.status, 201);
  // 110 min film + 20 min cleaning: 125 minutes later is too early, 130 is fine.
  const clash = await schedule({
    movieId,
    hallId: h.id,
    startsAt: new Date(start.getTime() + 125 * 60_000).toISOString(),
  });
  assert.equal(clash.status, 409);
  const problem = await clash.json();
  assert.equal(problem.code, "showtime_overlap");
  assert.match(problem.detail, /Night Train/);
  assert.equal(problem.clashingShowtimeIds.length, 1);
  const next = await schedule({
    movieId,
    hallId: h.id,
    startsAt: new Date(start.getTime() + 130 * 60_000).toISOString(),
  });
  assert.equal(next.status, 201);
});

test("a series creates every showing with its inventory, or none when one clashes", async () => {
  const { hall: h, layout: saved } = await hall();
  const from = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 33 * 86_400_000).toISOString().slice(0, 10);
  const response = await schedule({ movieId, hallId: h.id, series: { from, to, times: ["19:30"] }, format: "IMAX" });
  assert.equal(response.status, 201);
  const { items } = await response.json();
  assert.equal(items.length, 14);
  const local = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "America/New_York" });
  assert.ok(
    items.every((s: { startsAt: string }) => local.format(new Date(s.startsAt)) === "19:30"),
    "19:30 in the cinema's zone",
  );
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: items[0].id } }), saved.seatCount);
  const prices = await (
    await callRoute(showtimeDetail, { url: `/api/showtimes/${items[0].id}`, params: { id: items[0].id } })
  ).json();
  assert.equal(prices.prices.length, 5);
  assert.equal(prices.cinema.timeZone, "America/New_York");

  const before = await db.showtime.count({ where: { hallId: h.id } });
  const overlapping = await schedule({
    movieId,
    hallId: h.id,
    series: { from: to, to: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10), times: ["20:00"] },
  });
  assert.equal(overlapping.status, 409);
  assert.equal(await db.showtime.count({ where: { hallId: h.id } }), before, "nothing of the series was created");
});

test("editing a layout makes a new version; showtimes keep the one they went on sale with", async () => {
  const { hall: h, layout: v1 } = await hall();
  const start = new Date(Date.now() + 50 * 86_400_000).toISOString();
  const { items } = await (await schedule({ movieId, hallId: h.id, startsAt: start })).json();
  const response = await callRoute(putLayout, {
    url: `/api/admin/halls/${h.id}/layout`,
    method: "PUT",
    headers: await authHeaders(staff),
    params: { id: h.id },
    body: {
      rows: 1,
      cols: 2,
      seats: [
        { row: 0, col: 0, type: "STANDARD" },
        { row: 0, col: 1, type: "STANDARD" },
      ],
    },
  });
  assert.equal(response.status, 200);
  assert.equal((await response.json()).layout.version, 2);
  const showtime = await db.showtime.findUniqueOrThrow({ where: { id: items[0].id } });
  assert.equal(showtime.layoutId, v1.id);
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: showtime.id } }), 12);
});

test("public filters: by film, cinema, day in the cinema's zone; bad parameters are 400", async () => {
  const response = await callRoute(publicShowtimes, { url: `/api/showtimes?movieId=${movieId}&cinemaId=${cinemaId}` });
  const { items } = await response.json();
  assert.ok(items.length >= 14);
  assert.ok(
    items.every((s: { movieId: string; cinemaId: string }) => s.movieId === movieId && s.cinemaId === cinemaId),
  );
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date(items[0].startsAt));
  const onDay = await (
    await callRoute(publicShowtimes, { url: `/api/showtimes?movieId=${movieId}&date=${day}` })
  ).json();
  assert.ok(
    onDay.items.length >= 1 &&
      onDay.items.every(
        (s: { startsAt: string }) =>
          new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(new Date(s.startsAt)) === day,
      ),
  );
  assert.equal((await callRoute(publicShowtimes, { url: "/api/showtimes?date=tomorrow" })).status, 400);
  assert.equal((await callRoute(publicMovies, { url: "/api/movies?status=old" })).status, 400);
  const search = await (await callRoute(publicMovies, { url: "/api/movies?q=night%20train&genre=Thriller" })).json();
  assert.ok(search.items.some((m: { id: string }) => m.id === movieId));
});
