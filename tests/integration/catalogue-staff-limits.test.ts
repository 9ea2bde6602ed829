// What staff may and may not do in the catalogue, checked by the handlers
// themselves (not only by the gateway): prices are ADMIN's, URLs are web
// addresses, and every staff route refuses a caller below its role.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import * as adminMovies from "@/app/api/admin/movies/route";
import * as adminMovie from "@/app/api/admin/movies/[id]/route";
import * as adminPoster from "@/app/api/admin/movies/[id]/poster/route";
import * as adminCinemas from "@/app/api/admin/cinemas/route";
import * as adminHalls from "@/app/api/admin/halls/route";
import * as hallLayout from "@/app/api/admin/halls/[id]/layout/route";
import * as hallPrices from "@/app/api/admin/halls/[id]/prices/route";
import * as adminShowtimes from "@/app/api/admin/showtimes/route";
import { db } from "@/lib/db";
import { normaliseMovieFilters } from "@/lib/services/movies/list-movies";
import {
  authHeaders,
  callRoute,
  makeCinemaWithHall,
  makeMovie,
  makeUser,
  type TestHall,
  type TestUser,
} from "../helpers/fixtures";

let customer: TestUser;
let staff: TestUser;
let admin: TestUser;
let hall: TestHall;
let movieId: string;

before(async () => {
  [customer, staff, admin] = await Promise.all([
    makeUser({ role: "CUSTOMER" }),
    makeUser({ role: "STAFF" }),
    makeUser({ role: "ADMIN" }),
  ]);
  hall = await makeCinemaWithHall({ rows: 1, cols: 2 });
  movieId = (await makeMovie({ runtimeMin: 90 })).id;
});

type Handler = Parameters<typeof callRoute>[0];
const STAFF_ROUTES: [string, string, Handler, "staff" | "admin"][] = [
  ["GET", "/api/admin/movies", adminMovies.GET, "staff"],
  ["POST", "/api/admin/movies", adminMovies.POST, "staff"],
  ["GET", "/api/admin/movies/x", adminMovie.GET, "staff"],
  ["PATCH", "/api/admin/movies/x", adminMovie.PATCH, "staff"],
  ["DELETE", "/api/admin/movies/x", adminMovie.DELETE, "staff"],
  ["POST", "/api/admin/movies/x/poster", adminPoster.POST, "staff"],
  ["GET", "/api/admin/cinemas", adminCinemas.GET, "staff"],
  ["POST", "/api/admin/cinemas", adminCinemas.POST, "staff"],
  ["GET", "/api/admin/halls", adminHalls.GET, "staff"],
  ["POST", "/api/admin/halls", adminHalls.POST, "staff"],
  ["PUT", "/api/admin/halls/x/layout", hallLayout.PUT, "staff"],
  ["PUT", "/api/admin/halls/x/prices", hallPrices.PUT, "admin"],
  ["GET", "/api/admin/showtimes", adminShowtimes.GET, "staff"],
  ["POST", "/api/admin/showtimes", adminShowtimes.POST, "staff"],
];

test("staff handlers re-check the role themselves: 401 without a caller, 403 below the route's role", async () => {
  for (const [method, url, handler, access] of STAFF_ROUTES) {
    const send = async (user?: TestUser) =>
      callRoute(handler, {
        url,
        method,
        headers: user ? await authHeaders(user) : { "content-type": "application/json" },
        body: method === "GET" || method === "DELETE" ? undefined : {},
        params: { id: "x" },
      });
    const anonymous = await send();
    assert.equal(anonymous.status, 401, `${method} ${url} without a caller`);
    assert.equal((await anonymous.json()).code, "unauthenticated");
    for (const below of access === "admin" ? [customer, staff] : [customer]) {
      const refused = await send(below);
      assert.equal(refused.status, 403, `${method} ${url} as ${below.role}`);
      assert.equal(refused.headers.get("content-type"), "application/problem+json");
      assert.equal((await refused.json()).code, "forbidden");
    }
  }
});

const schedule = async (user: TestUser, body: object) =>
  callRoute(adminShowtimes.POST, { url: "/api/admin/showtimes", headers: await authHeaders(user), body });
let day = 30;
const nextStart = () => new Date(Date.now() + day++ * 86_400_000).toISOString();

test("STAFF may not set a showtime's prices (403), and nothing is scheduled", async () => {
  const before = await db.showtime.count({ where: { hallId: hall.hallId } });
  const response = await schedule(staff, {
    movieId,
    hallId: hall.hallId,
    startsAt: nextStart(),
    prices: { STANDARD: 0 },
  });
  assert.equal(response.status, 403);
  const problem = await response.json();
  assert.equal(problem.code, "forbidden");
  assert.match(problem.detail, /Only an admin may set prices/);
  assert.equal(await db.showtime.count({ where: { hallId: hall.hallId } }), before);
});

test("ADMIN may set prices; the audit entry records the prices every showing went on sale with", async () => {
  const response = await schedule(admin, {
    movieId,
    hallId: hall.hallId,
    startsAt: nextStart(),
    prices: { STANDARD: 750 },
  });
  assert.equal(response.status, 201);
  const [showtime] = (await response.json()).items;
  const prices = await db.showtimePrice.findMany({ where: { showtimeId: showtime.id } });
  assert.equal(prices.find((p) => p.seatType === "STANDARD")?.amountCents, 750);
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "showtime.create", entityId: showtime.id } });
  const details = audit.details as { prices: Record<string, number>; pricesOverridden: boolean; currency: string };
  assert.equal(details.prices.STANDARD, 750);
  assert.equal(details.prices.PREMIUM, 1250, "the hall's price where none was given");
  assert.equal(details.pricesOverridden, true);
  assert.equal(details.currency, "GBP");

  const byStaff = await schedule(staff, { movieId, hallId: hall.hallId, startsAt: nextStart() });
  assert.equal(byStaff.status, 201, "staff schedule at the hall's prices");
  const staffAudit = await db.auditLog.findFirstOrThrow({
    where: { action: "showtime.create", entityId: (await byStaff.json()).items[0].id },
  });
  assert.equal((staffAudit.details as { prices: Record<string, number> }).prices.STANDARD, 1000);
});

test("prices out of range or for unknown seat types are 400", async () => {
  for (const prices of [{ STANDARD: -1 }, { STANDARD: 2 ** 40 }, { BALCONY: 100 }, { STANDARD: 1.5 }]) {
    const response = await schedule(admin, { movieId, hallId: hall.hallId, startsAt: nextStart(), prices });
    assert.equal(response.status, 400, JSON.stringify(prices));
  }
});

const film = (extra: object) => ({
  title: `Link test ${Math.random()}`,
  synopsis: "A film.",
  genres: ["Drama"],
  runtimeMin: 90,
  rating: "PG",
  releaseDate: "2026-12-01",
  ...extra,
});

test("trailer and poster URLs are web addresses only: no javascript:, data: or other sites' paths", async () => {
  const create = async (extra: object) =>
    callRoute(adminMovies.POST, { url: "/api/admin/movies", headers: await authHeaders(staff), body: film(extra) });
  for (const trailerUrl of [
    "javascript:alert(document.cookie)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.com/trailer.mp4",
    "http://example.com/trailer", // http only in development
    "https://",
  ]) {
    const response = await create({ trailerUrl });
    assert.equal(response.status, 400, trailerUrl);
    assert.equal((await response.json()).errors[0].path, "trailerUrl");
  }
  for (const posterUrl of ["//evil.example/p.png", "/\\evil.example/p.png", "javascript:alert(1)"]) {
    assert.equal((await create({ posterUrl })).status, 400, posterUrl);
  }
  const good = await create({ trailerUrl: "https://videos.example/trailer", posterUrl: "/posters/film.svg" });
  assert.equal(good.status, 201);
  const edit = await callRoute(adminMovie.PATCH, {
    url: "/api/admin/movies/x",
    method: "PATCH",
    headers: await authHeaders(staff),
    params: { id: (await good.json()).movie.id },
    body: { trailerUrl: "javascript:alert(1)" },
  });
  assert.equal(edit.status, 400, "editing is checked the same way");
});

test("the catalogue cache key is the normalised query, not its spelling", () => {
  assert.deepEqual(normaliseMovieFilters({ q: "  night   train ", genre: " Drama ", status: "now_showing" }), {
    q: "night train",
    genre: "Drama",
    status: "now_showing",
  });
  assert.deepEqual(normaliseMovieFilters({ q: "", genre: "  " }), {});
  assert.equal(
    JSON.stringify(normaliseMovieFilters({ status: "coming_soon", q: undefined })),
    JSON.stringify(normaliseMovieFilters({ status: "coming_soon" })),
  );
});
