// The migrator is safe to run from two instances at once and again later;
// the seed is deterministic and idempotent.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { migrate, readMigrations } from "@/lib/migrate";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed/index";

let databaseUrl: string;
const name = `cinema_seed_${process.pid}`;

before(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  // lib/db connects on first use, so this file's client uses the new database.
  process.env.DATABASE_URL = databaseUrl;
});
after(() => db.$disconnect());

test("two instances migrating at once apply each migration exactly once", async () => {
  const [first, second] = await Promise.all([migrate(databaseUrl), migrate(databaseUrl)]);
  const all = readMigrations().map((m) => m.name);
  assert.deepEqual([...first, ...second].sort(), all.sort());
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
  );
  await client.end();
  assert.deepEqual(
    rows.map((r) => r.migration_name),
    all,
  );
  assert.deepEqual(await migrate(databaseUrl), [], "a second run has nothing to do");
});

test("a changed, already applied migration is refused", async () => {
  const changed = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
  await assert.rejects(migrate(databaseUrl, changed), /was changed after it was applied/);
});

test("the demo data has what the product promises, and a second run adds nothing", async () => {
  const now = new Date("2026-11-24T09:00:00Z");
  await seed(now);
  const counts = async () => ({
    users: await db.user.count(),
    movies: await db.movie.count(),
    cinemas: await db.cinema.count(),
    halls: await db.hall.count(),
    seats: await db.seat.count(),
    showtimes: await db.showtime.count(),
    inventory: await db.showtimeSeat.count(),
  });
  const first = await counts();
  assert.ok(first.movies >= 12, "at least 12 films");
  assert.ok((await db.movie.count({ where: { status: "COMING_SOON" } })) >= 2, "some films coming soon");
  assert.ok(first.cinemas >= 3);
  const cinemas = await db.cinema.findMany({
    include: { halls: { include: { layouts: { include: { seats: true } } } } },
  });
  assert.ok(new Set(cinemas.map((c) => c.city)).size >= 2, "two or more cities");
  assert.ok(new Set(cinemas.map((c) => c.timeZone)).size >= 2, "two or more time zones");
  for (const cinema of cinemas) {
    assert.ok(cinema.halls.length >= 2 && cinema.halls.length <= 4, `${cinema.name} has 2 to 4 halls`);
    for (const hall of cinema.halls) {
      const seats = hall.layouts[0].seats;
      assert.ok(seats.length >= 60 && seats.length <= 250, `${hall.name} has 60 to 250 seats (${seats.length})`);
      assert.ok(seats.some((s) => s.type === "WHEELCHAIR") && seats.some((s) => s.type === "COMPANION"));
    }
  }
  const types = new Set((await db.seat.findMany({ select: { type: true } })).map((s) => s.type));
  assert.deepEqual([...types].sort(), ["COMPANION", "COUPLE", "PREMIUM", "STANDARD", "WHEELCHAIR"]);
  const couples = await db.seat.findMany({ where: { type: "COUPLE" } });
  assert.ok(
    couples.every((s) => s.pairSeatId && couples.some((o) => o.id === s.pairSeatId && o.pairSeatId === s.id)),
    "couple seats are paired both ways",
  );
  const days = new Set(
    (await db.showtime.findMany({ select: { startsAt: true } })).map((s) => s.startsAt.toISOString().slice(0, 10)),
  );
  assert.ok(days.size >= 14, "showtimes over the next 14 days");
  assert.equal(
    first.inventory,
    await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM "showtimes"."showtimes" s JOIN "showtimes"."seats" seat ON seat.layout_id = s.layout_id`.then(
      (r) => Number(r[0].n),
    ),
    "every showtime has its whole seat inventory",
  );
  const overlaps = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*)::bigint AS n FROM "showtimes"."showtimes" a JOIN "showtimes"."showtimes" b
      ON a.hall_id = b.hall_id AND a.id < b.id AND tstzrange(a.starts_at, a.blocked_until) && tstzrange(b.starts_at, b.blocked_until)`;
  assert.equal(Number(overlaps[0].n), 0, "no two showtimes overlap in a hall");
  const prices = await db.showtimePrice.count();
  assert.equal(prices, first.showtimes * 5, "a price per seat type for every showtime");
  for (const email of ["admin@cinema.test", "staff@cinema.test", "moviegoer@cinema.test"]) {
    assert.ok(await db.user.findUnique({ where: { email } }), `${email} exists`);
  }

  await seed(now);
  assert.deepEqual(await counts(), first, "running the seed twice duplicates nothing");
});
