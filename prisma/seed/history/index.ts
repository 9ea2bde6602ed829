// The demo's past: three and a half months of shows, their sales, refunds, door
// check-ins and no-shows, and the advance sales of the days ahead, so that
// every chart of the staff dashboard has a story on the first start.
//
// Why not through the services one booking at a time: the services stamp
// everything with the present (a hold expires ten minutes from now, a
// booking is created now, a showtime must be on sale and in the future to
// book), so they cannot make a past; and tens of thousands of bookings one
// by one would take minutes. So the past is planned in memory from an
// audience model and written set-based, in one transaction, in the shape the
// services leave behind (tests/integration/seed-history.test.ts checks that
// shape: one valid ticket per sold seat, amounts that add up, refunds that
// match their payments). What happens now, at the door of the shows that
// have just begun, goes through the bookings service's own check-in.
import { TZDate } from "@date-fns/tz";
import { pgPool } from "@/lib/db";
import { checkIn } from "@/lib/services/bookings";
import { insertRows } from "./bulk-insert";
import { planSales, type PlannedBooking, type PlannedShowtime } from "./sales";
import { ageOnDay, planPastShowtimes, type HistoryFilm, type HistoryHall, type PastShowtime } from "./schedule";
import { writeSales, type Customer } from "./write-sales";

export { popularityOf, type HistoryFilm, type HistoryHall } from "./schedule";
export type { Customer } from "./write-sales";

export const HISTORY_DAYS = 105;
const HOUR = 3_600_000;

export interface HistoryInput {
  halls: HistoryHall[];
  films: HistoryFilm[];
  now: Date;
  /** Showtimes ahead that this run of the seed created: they get their advance sales. */
  newFutureShowtimeIds: string[];
  customers: Customer[];
  doorStaffId: string;
  refundStaffId: string;
}

export interface HistoryResult {
  showtimes: number;
  bookings: number;
  tickets: number;
  refunds: number;
  checkedInAtTheDoor: number;
  /** How long the history took to make, for the seed's report (and the README's promise of under 30 s). */
  ms: number;
}

const SHOWTIMES = `"showtimes"."showtimes"`;

async function insertShowtimes(client: import("pg").PoolClient, past: PastShowtime[]): Promise<Set<string>> {
  const inserted = await insertRows(
    client,
    SHOWTIMES,
    [
      { name: "id", type: "text", value: (s) => s.id },
      { name: "movie_id", type: "text", value: (s) => s.movieId },
      { name: "cinema_id", type: "text", value: (s) => s.hall.cinemaId },
      { name: "hall_id", type: "text", value: (s) => s.hall.id },
      { name: "layout_id", type: "text", value: (s) => s.hall.layoutId },
      { name: "starts_at", type: "timestamptz", value: (s) => s.startsAt },
      { name: "ends_at", type: "timestamptz", value: (s) => s.endsAt },
      { name: "blocked_until", type: "timestamptz", value: (s) => s.blockedUntil },
      { name: "status", type: `"showtimes"."ShowtimeStatus"`, value: (s) => (s.cancelledAt ? "CANCELLED" : "ON_SALE") },
      {
        name: "created_at",
        type: "timestamptz",
        value: (s) => new Date(s.startsAt.getTime() - 30 * 24 * HOUR),
      },
      { name: "updated_at", type: "timestamptz", value: (s) => s.cancelledAt ?? s.startsAt },
    ],
    past,
    // A slot staff have filled since (or an earlier run of the seed) is left as it is.
    "ON CONFLICT DO NOTHING RETURNING id",
  );
  const ids = inserted.map((row) => row.id as string);
  // The prices each show went on sale with: its hall's, in its cinema's currency.
  await client.query(
    `INSERT INTO "showtimes"."showtime_prices" (id, showtime_id, seat_type, amount_cents, currency)
     SELECT 'sp_' || s.id || '_' || hp.seat_type, s.id, hp.seat_type, hp.amount_cents, c.currency
       FROM ${SHOWTIMES} s
       JOIN "showtimes"."hall_prices" hp ON hp.hall_id = s.hall_id
       JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
      WHERE s.id = ANY($1::text[])`,
    [ids],
  );
  return new Set(ids);
}

/** Each past show's whole seat inventory, its sold seats marked with their booking. */
async function writeInventory(client: import("pg").PoolClient, pastIds: string[], futureIds: string[]) {
  await client.query(
    `INSERT INTO "seats"."showtime_seats"
       (showtime_id, seat_id, label, type, grid_row, grid_col, pair_seat_id, status, booking_id, held_by, updated_at)
     SELECT s.id, seat.id, seat.label, seat.type::text, seat.grid_row, seat.grid_col,
            seat.pair_seat_id, (CASE WHEN t.id IS NULL THEN 'AVAILABLE' ELSE 'SOLD' END)::"seats"."SeatStatus",
            t.booking_id, b.user_id, COALESCE(t.created_at, s.created_at)
       FROM ${SHOWTIMES} s
       JOIN "showtimes"."seats" seat ON seat.layout_id = s.layout_id
       LEFT JOIN "bookings"."tickets" t ON t.showtime_id = s.id AND t.seat_id = seat.id AND t.voided_at IS NULL
       LEFT JOIN "bookings"."bookings" b ON b.id = t.booking_id
      WHERE s.id = ANY($1::text[])
     ON CONFLICT (showtime_id, seat_id) DO NOTHING`,
    [pastIds],
  );
  // The shows ahead already have their inventory: their advance sales are sold in it.
  await client.query(
    `UPDATE "seats"."showtime_seats" ss
        SET status = 'SOLD', booking_id = t.booking_id, held_by = b.user_id, updated_at = t.created_at
       FROM "bookings"."tickets" t JOIN "bookings"."bookings" b ON b.id = t.booking_id
      WHERE t.showtime_id = ANY($1::text[]) AND t.voided_at IS NULL
        AND ss.showtime_id = t.showtime_id AND ss.seat_id = t.seat_id AND ss.status = 'AVAILABLE'`,
    [futureIds],
  );
}

/** A cancelled show was the work of a staff job that refunded everyone: its job and audit entry. */
async function writeCancellations(
  client: import("pg").PoolClient,
  cancelled: PlannedShowtime[],
  bookings: PlannedBooking[],
  staffId: string,
) {
  const jobs = cancelled.map((show) => {
    const ended = bookings.filter(
      (b) => b.showtimeId === show.id && b.refunds.some((r) => r.key === "showtime-cancelled"),
    );
    return { show, count: ended.length };
  });
  await insertRows(
    client,
    `"bookings"."jobs"`,
    [
      { name: "id", type: "text", value: (j) => `job_${j.show.id}` },
      { name: "kind", type: "text", value: () => "cancel_showtime" },
      { name: "params", type: "jsonb", value: (j) => JSON.stringify({ showtimeId: j.show.id }) },
      { name: "status", type: `"bookings"."JobStatus"`, value: () => "DONE" },
      { name: "done", type: "int4", value: (j) => j.count },
      { name: "total", type: "int4", value: (j) => j.count },
      { name: "created_by", type: "text", value: () => staffId },
      { name: "created_at", type: "timestamptz", value: (j) => j.show.cancelledAt },
      { name: "updated_at", type: "timestamptz", value: (j) => new Date(j.show.cancelledAt!.getTime() + 20 * 60_000) },
      { name: "finished_at", type: "timestamptz", value: (j) => new Date(j.show.cancelledAt!.getTime() + 20 * 60_000) },
    ],
    jobs,
  );
  await insertRows(
    client,
    `"users"."audit_log"`,
    [
      { name: "id", type: "text", value: (j) => `audit_cancel_${j.show.id}` },
      { name: "actor_id", type: "text", value: () => staffId },
      { name: "action", type: "text", value: () => "showtime.cancel" },
      { name: "entity_type", type: "text", value: () => "showtime" },
      { name: "entity_id", type: "text", value: (j) => j.show.id },
      {
        name: "details",
        type: "jsonb",
        value: (j) => JSON.stringify({ jobId: `job_${j.show.id}`, bookings: j.count }),
      },
      { name: "before", type: "jsonb", value: () => JSON.stringify({ status: "ON_SALE" }) },
      { name: "after", type: "jsonb", value: () => JSON.stringify({ status: "CANCELLED" }) },
      { name: "created_at", type: "timestamptz", value: (j) => j.show.cancelledAt },
    ],
    jobs,
  );
}

function plannedShow(
  show: { id: string; movieId: string; startsAt: Date; slot: number; cancelledAt: Date | null },
  hall: HistoryHall,
  film: HistoryFilm,
  premiere: boolean,
): PlannedShowtime {
  return {
    id: show.id,
    movieId: show.movieId,
    hallId: hall.id,
    startsAt: show.startsAt,
    timeZone: hall.timeZone,
    currency: hall.currency,
    slot: show.slot,
    ageDays: Math.max(0, ageOnDay(film, new TZDate(show.startsAt.getTime(), hall.timeZone))),
    popularity: film.popularity,
    premiere,
    seats: hall.seats,
    prices: hall.prices,
    cancelledAt: show.cancelledAt,
  };
}

export async function seedHistory(input: HistoryInput): Promise<HistoryResult> {
  const { now } = input;
  const started = Date.now();
  const hallById = new Map(input.halls.map((hall) => [hall.id, hall]));
  const filmById = new Map(input.films.map((film) => [film.id, film]));
  const client = await pgPool().connect();
  let arrivals: PlannedBooking[] = [];
  let result: Omit<HistoryResult, "checkedInAtTheDoor" | "ms">;
  try {
    await client.query("BEGIN");
    const past = planPastShowtimes(input.halls, input.films, now, HISTORY_DAYS);
    const inserted = await insertShowtimes(client, past);
    const newPast = past.filter((show) => inserted.has(show.id));
    const { rows: ahead } = await client.query<{ id: string; movie_id: string; hall_id: string; starts_at: Date }>(
      `SELECT id, movie_id, hall_id, starts_at FROM ${SHOWTIMES} WHERE id = ANY($1::text[])`,
      [input.newFutureShowtimeIds],
    );
    const shows = [
      ...newPast.map((show) => plannedShow(show, show.hall, filmById.get(show.movieId)!, show.premiere)),
      ...ahead
        .filter((row) => hallById.has(row.hall_id) && filmById.has(row.movie_id))
        .map((row) => {
          const hall = hallById.get(row.hall_id)!;
          const local = new TZDate(row.starts_at.getTime(), hall.timeZone);
          const slot = local.getHours() < 15 ? 0 : local.getHours() < 18 ? 1 : 2;
          return plannedShow(
            { id: row.id, movieId: row.movie_id, startsAt: row.starts_at, slot, cancelledAt: null },
            hall,
            filmById.get(row.movie_id)!,
            false,
          );
        }),
    ];
    // Shows that began within the last two hours: their audience is at the door now.
    const doorsOpen = (show: PlannedShowtime) =>
      show.startsAt <= now && show.startsAt.getTime() > now.getTime() - 2 * HOUR && !show.cancelledAt;
    const bookings = shows.flatMap((show) => planSales(show, now, doorsOpen(show)));
    const written = await writeSales(client, bookings, {
      customers: input.customers,
      doorStaffId: input.doorStaffId,
      refundStaffId: input.refundStaffId,
    });
    // The planner needs to know how many rows just arrived, or it joins them row by row.
    await client.query(`ANALYZE "bookings"."tickets", "bookings"."bookings", ${SHOWTIMES}`);
    await writeInventory(
      client,
      newPast.map((show) => show.id),
      ahead.map((row) => row.id),
    );
    await writeCancellations(
      client,
      shows.filter((show) => show.cancelledAt),
      bookings,
      input.refundStaffId,
    );
    // And the dashboard's first look at the history should not wait for autovacuum to learn of it.
    await client.query(`ANALYZE "payments"."payments", "payments"."refunds", "seats"."showtime_seats"`);
    await client.query("COMMIT");
    arrivals = bookings.filter((booking) => booking.arrivesAtDoor);
    result = { showtimes: newPast.length, ...written };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  const checkedInAtTheDoor = await admitArrivals(arrivals, input.doorStaffId, now);
  return { ...result, checkedInAtTheDoor, ms: Date.now() - started };
}

/** The audience of the shows that have just begun comes through the door: checked in by the bookings service. */
async function admitArrivals(arrivals: PlannedBooking[], staffId: string, now: Date): Promise<number> {
  if (arrivals.length === 0) return 0;
  const { rows } = await pgPool().query<{ code: string }>(
    `SELECT code FROM "bookings"."tickets" WHERE booking_id = ANY($1::text[]) AND voided_at IS NULL AND checked_in_at IS NULL`,
    [arrivals.map((booking) => booking.id)],
  );
  for (const { code } of rows) await checkIn(staffId, code, { now });
  return rows.length;
}
