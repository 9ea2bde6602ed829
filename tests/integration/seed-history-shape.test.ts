// The demo history is in the shape the services leave behind, made quickly,
// and the dashboard's figures over it agree with an independent count.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";

const name = `cinema_history_${process.pid}`;
const server = new pg.Client({ connectionString: process.env.DATABASE_URL });
await server.connect();
await server.query(`DROP DATABASE IF EXISTS ${name}`);
await server.query(`CREATE DATABASE ${name}`);
await server.end();
const url = new URL(process.env.DATABASE_URL!);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
const { migrate } = await import("@/lib/migrate");
const { db } = await import("@/lib/db");
const { seed } = await import("@/prisma/seed/index");
const { salesReport } = await import("@/lib/read-models/sales-report");

const now = new Date("2026-11-24T21:00:00Z");
let seeded: Awaited<ReturnType<typeof seed>>;
let client: pg.Client;

before(async () => {
  await migrate(url.toString());
  seeded = await seed(now);
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
});
after(async () => {
  await client.end();
  await db.$disconnect();
});

const count = async (sql: string) => Number((await client.query(sql)).rows[0].n);

test("months of history, made in under 30 seconds", () => {
  const { history } = seeded;
  assert.ok(history.showtimes > 2500, `${history.showtimes} past showtimes`);
  assert.ok(history.bookings > 20_000, `${history.bookings} bookings`);
  assert.ok(history.refunds > 500, `${history.refunds} refunds`);
  assert.ok(history.ms < 30_000, `the history took ${history.ms} ms`);
});

test("every sold seat has exactly one valid ticket, and every valid ticket its sold seat", async () => {
  assert.equal(
    await count(`SELECT count(*) AS n FROM "seats"."showtime_seats" ss
      LEFT JOIN "bookings"."tickets" t ON t.showtime_id = ss.showtime_id AND t.seat_id = ss.seat_id AND t.voided_at IS NULL
      WHERE ss.status = 'SOLD' AND (t.id IS NULL OR t.booking_id <> ss.booking_id)`),
    0,
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "bookings"."tickets" t
      LEFT JOIN "seats"."showtime_seats" ss ON ss.showtime_id = t.showtime_id AND ss.seat_id = t.seat_id
      WHERE t.voided_at IS NULL AND (ss.status IS DISTINCT FROM 'SOLD' OR ss.booking_id IS DISTINCT FROM t.booking_id)`),
    0,
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "showtimes"."showtimes" s
      WHERE (SELECT count(*) FROM "seats"."showtime_seats" ss WHERE ss.showtime_id = s.id)
         <> (SELECT count(*) FROM "showtimes"."seats" seat WHERE seat.layout_id = s.layout_id)`),
    0,
    "every showtime has its whole inventory",
  );
});

test("money adds up: bookings are their tickets, payments their bookings, refunds what went back", async () => {
  assert.equal(
    await count(`SELECT count(*) AS n FROM "bookings"."bookings" b
      WHERE b.confirmed_at IS NOT NULL
        AND b.amount_cents <> (SELECT sum(amount_cents) FROM "bookings"."tickets" t WHERE t.booking_id = b.id)`),
    0,
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "bookings"."bookings" b JOIN "payments"."payments" p ON p.booking_id = b.id
      WHERE p.amount_cents <> b.amount_cents OR p.currency <> b.currency`),
    0,
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "payments"."payments" p
      WHERE p.amount_refunded_cents <> COALESCE((SELECT sum(amount_cents) FROM "payments"."refunds" r
                                                 WHERE r.payment_id = p.id AND r.status = 'succeeded'), 0)`),
    0,
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "bookings"."tickets" t JOIN "bookings"."bookings" b ON b.id = t.booking_id
      WHERE b.status IN ('REFUNDED', 'CANCELLED') AND t.voided_at IS NULL`),
    0,
    "a refunded booking has no valid ticket",
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM "bookings"."tickets" t JOIN "showtimes"."showtimes" s ON s.id = t.showtime_id
      WHERE t.checked_in_at IS NOT NULL AND (t.voided_at IS NOT NULL OR t.checked_in_at > $$${now.toISOString()}$$::timestamptz
            OR s.starts_at > $$${now.toISOString()}$$::timestamptz + interval '4 hours')`),
    0,
    "only valid tickets of shows that have begun were checked in",
  );
  assert.equal(
    await count(
      `SELECT count(*) AS n FROM "bookings"."bookings" WHERE created_at >= $$${now.toISOString()}$$::timestamptz`,
    ),
    0,
    "nothing was bought in the future",
  );
});

test("the history has its patterns: no-shows, refunds, weekends fuller than weekdays", async () => {
  const noShows =
    await count(`SELECT count(*) AS n FROM "bookings"."tickets" t JOIN "showtimes"."showtimes" s ON s.id = t.showtime_id
    WHERE t.voided_at IS NULL AND t.checked_in_at IS NULL AND s.ends_at < $$${now.toISOString()}$$::timestamptz`);
  const shown = await count(`SELECT count(*) AS n FROM "bookings"."tickets" WHERE checked_in_at IS NOT NULL`);
  assert.ok(noShows > shown * 0.04 && noShows < shown * 0.2, `${noShows} no-shows of ${shown}`);
  const { rows } = await client.query(
    `
    SELECT extract(isodow FROM s.starts_at AT TIME ZONE c.time_zone) >= 6 AS weekend,
           avg((SELECT count(*) FROM "bookings"."tickets" t WHERE t.showtime_id = s.id AND t.voided_at IS NULL)::numeric
               / (SELECT count(*) FROM "showtimes"."seats" x WHERE x.layout_id = s.layout_id)) AS occupancy
      FROM "showtimes"."showtimes" s JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
     WHERE s.starts_at < $1 GROUP BY 1`,
    [now],
  );
  const occupancy = (weekend: boolean) => Number(rows.find((row) => row.weekend === weekend).occupancy);
  assert.ok(occupancy(true) > occupancy(false) * 1.2, `weekend ${occupancy(true)}, weekday ${occupancy(false)}`);
});

test("last week's figures for one cinema match an independent count over the rows", async () => {
  const cinemaId = "cinema_riverside-picturehouse";
  const query = { cinemaId, from: "2026-11-17", to: "2026-11-23" };
  const started = performance.now();
  const report = await salesReport(query, now);
  const ms = performance.now() - started;
  const { rows } = await client.query(
    `SELECT sum(p.amount_cents) AS gross, sum(p.amount_refunded_cents) AS refunded
       FROM "payments"."payments" p JOIN "bookings"."bookings" b ON b.id = p.booking_id
       JOIN "showtimes"."showtimes" s ON s.id = b.showtime_id
      WHERE s.cinema_id = $1 AND p.payment_intent_id IS NOT NULL
        AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN $2 AND $3`,
    [cinemaId, query.from, query.to],
  );
  const tickets =
    await count(`SELECT count(*) AS n FROM "bookings"."tickets" t JOIN "showtimes"."showtimes" s ON s.id = t.showtime_id
    WHERE s.cinema_id = '${cinemaId}' AND t.voided_at IS NULL
      AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN '${query.from}' AND '${query.to}'`);
  const [gbp] = report.currencies;
  assert.deepEqual(
    [gbp.currency, gbp.grossCents, gbp.refundedCents, gbp.tickets],
    ["GBP", Number(rows[0].gross), Number(rows[0].refunded), tickets],
  );
  assert.ok(gbp.grossCents > 0 && gbp.refundedCents > 0);
  assert.equal(report.days.length, 7);
  assert.ok(ms < 1_000, `the week's report took ${ms} ms`);
});

test("a second run adds nothing", async () => {
  const counts = async () => ({
    bookings: await count(`SELECT count(*) AS n FROM "bookings"."bookings"`),
    tickets: await count(`SELECT count(*) AS n FROM "bookings"."tickets"`),
    payments: await count(`SELECT count(*) AS n FROM "payments"."payments"`),
    refunds: await count(`SELECT count(*) AS n FROM "payments"."refunds"`),
    audit: await count(`SELECT count(*) AS n FROM "users"."audit_log"`),
    users: await count(`SELECT count(*) AS n FROM "users"."users"`),
  });
  const first = await counts();
  const again = await seed(now);
  assert.equal(again.history.bookings, 0);
  assert.deepEqual(await counts(), first);
});
