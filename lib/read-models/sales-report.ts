import "server-only";
// The staff dashboard's figures: money, tickets and occupancy of the
// showtimes played on the days asked for, each day read in its cinema's own
// time zone. It sits above the services because it combines four of them:
// showtimes (the schedule, seats per layout), bookings (bookings, tickets),
// payments (the money taken and given back) and, for showtimes still to come,
// the seats service's live holds. It only reads.
//
// Money is counted on the day of the show it paid for (the box-office
// convention): gross is what the payments took, refunds what went back, net
// the difference. Amounts in different currencies are kept apart, never added.
// One set-based statement per figure over the range keeps a year of history
// fast (see the indexes it uses in the comments of `showtimeRows`).
import { db } from "@/lib/db";
import { getMoviesByIds } from "@/lib/services/movies";
import { availabilityByShowtime } from "@/lib/services/seats";

export interface SalesReportQuery {
  /** One cinema, or every cinema (each in its own time zone and currency). */
  cinemaId?: string;
  /** First and last day, YYYY-MM-DD, inclusive, in the cinema's time zone. */
  from: string;
  to: string;
}

export interface CurrencyTotal {
  currency: string;
  grossCents: number;
  refundedCents: number;
  netCents: number;
  /** Valid tickets (sold and not refunded). */
  tickets: number;
}

export interface DayTotal extends CurrencyTotal {
  date: string;
}

export interface FilmTotal extends CurrencyTotal {
  movieId: string;
  title: string;
  showtimes: number;
  seatsTotal: number;
  /** Valid tickets over seats of its showtimes, 0–1. */
  occupancy: number;
}

export interface HallTotal {
  hallId: string;
  name: string;
  cinemaName: string;
  showtimes: number;
  seatsTotal: number;
  seatsSold: number;
  seatsHeld: number;
  occupancy: number;
}

export interface ShowtimeTotal {
  id: string;
  startsAt: string;
  /** The show's day and time in its cinema's zone. */
  date: string;
  timeZone: string;
  movieId: string;
  title: string;
  hallId: string;
  hallName: string;
  cinemaId: string;
  cinemaName: string;
  status: string;
  currency: string;
  seatsTotal: number;
  seatsSold: number;
  /** Seats in a live hold (someone is paying or picking): only for showtimes not over. */
  seatsHeld: number;
  admitted: number;
  grossCents: number;
  refundedCents: number;
  netCents: number;
  occupancy: number;
}

export interface SalesReport {
  query: SalesReportQuery;
  currencies: CurrencyTotal[];
  days: DayTotal[];
  films: FilmTotal[];
  halls: HallTotal[];
  showtimes: ShowtimeTotal[];
  /** Tickets by the hour of day they were bought, in the cinema's zone. */
  byHour: { hour: number; tickets: number }[];
  /** Tickets by how long before the show they were bought. */
  byLeadTime: { bucket: string; tickets: number }[];
}

interface ShowtimeRow {
  id: string;
  movie_id: string;
  hall_id: string;
  hall_name: string;
  cinema_id: string;
  cinema_name: string;
  starts_at: Date;
  ends_at: Date;
  day: string;
  time_zone: string;
  status: string;
  currency: string;
  seats_total: number;
  seats_sold: number;
  admitted: number;
  gross: bigint;
  refunded: bigint;
}

/**
 * Every showtime played in the range with its seats, valid tickets and money.
 * Showtimes come by (cinema_id, starts_at) or (starts_at) within a UTC window
 * a day wider than the range each side, then exactly by local day; tickets by
 * (showtime_id); bookings by (showtime_id, status); payments by booking_id.
 */
function showtimeRows(query: SalesReportQuery) {
  const cinemaId = query.cinemaId ?? null;
  return db.$queryRaw<ShowtimeRow[]>`
    WITH st AS MATERIALIZED (
      SELECT s.id, s.movie_id, s.hall_id, s.layout_id, s.starts_at, s.ends_at, s.status::text AS status,
             c.id AS cinema_id, c.name AS cinema_name, c.time_zone, h.name AS hall_name,
             COALESCE((SELECT sp.currency FROM "showtimes"."showtime_prices" sp WHERE sp.showtime_id = s.id LIMIT 1),
                      c.currency) AS currency
        FROM "showtimes"."showtimes" s
        JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
        JOIN "showtimes"."halls" h ON h.id = s.hall_id
       WHERE (${cinemaId}::text IS NULL OR s.cinema_id = ${cinemaId}::text)
         AND s.starts_at >= (${query.from}::date - 1)::timestamp AT TIME ZONE 'UTC'
         AND s.starts_at < (${query.to}::date + 2)::timestamp AT TIME ZONE 'UTC'
         AND (s.starts_at AT TIME ZONE c.time_zone)::date BETWEEN ${query.from}::date AND ${query.to}::date
    ),
    capacity AS (
      SELECT seat.layout_id, count(*)::int AS seats
        FROM "showtimes"."seats" seat
       WHERE seat.layout_id IN (SELECT DISTINCT layout_id FROM st)
       GROUP BY seat.layout_id
    ),
    sold AS (
      SELECT t.showtime_id,
             count(*) FILTER (WHERE t.voided_at IS NULL)::int AS sold,
             count(*) FILTER (WHERE t.voided_at IS NULL AND t.checked_in_at IS NOT NULL)::int AS admitted
        FROM st JOIN "bookings"."tickets" t ON t.showtime_id = st.id
       GROUP BY t.showtime_id
    ),
    money AS (
      SELECT b.showtime_id, sum(p.amount_cents)::bigint AS gross, sum(p.amount_refunded_cents)::bigint AS refunded
        FROM st
        JOIN "bookings"."bookings" b ON b.showtime_id = st.id
        JOIN "payments"."payments" p ON p.booking_id = b.id
       WHERE p.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')
       GROUP BY b.showtime_id
    )
    SELECT st.id, st.movie_id, st.hall_id, st.hall_name, st.cinema_id, st.cinema_name, st.starts_at, st.ends_at,
           st.status, st.time_zone, st.currency,
           to_char((st.starts_at AT TIME ZONE st.time_zone)::date, 'YYYY-MM-DD') AS day,
           COALESCE(capacity.seats, 0) AS seats_total,
           COALESCE(sold.sold, 0) AS seats_sold,
           COALESCE(sold.admitted, 0) AS admitted,
           COALESCE(money.gross, 0) AS gross,
           COALESCE(money.refunded, 0) AS refunded
      FROM st
      LEFT JOIN capacity ON capacity.layout_id = st.layout_id
      LEFT JOIN sold ON sold.showtime_id = st.id
      LEFT JOIN money ON money.showtime_id = st.id
     ORDER BY st.starts_at, st.id`;
}

/** Tickets bought, by the hour they were paid for and by whole days before the show. */
function purchaseTiming(query: SalesReportQuery) {
  const cinemaId = query.cinemaId ?? null;
  return db.$queryRaw<{ hour: number; lead_days: number; tickets: number }[]>`
    WITH st AS MATERIALIZED (
      SELECT s.id, s.starts_at, c.time_zone
        FROM "showtimes"."showtimes" s JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
       WHERE (${cinemaId}::text IS NULL OR s.cinema_id = ${cinemaId}::text)
         AND s.starts_at >= (${query.from}::date - 1)::timestamp AT TIME ZONE 'UTC'
         AND s.starts_at < (${query.to}::date + 2)::timestamp AT TIME ZONE 'UTC'
         AND (s.starts_at AT TIME ZONE c.time_zone)::date BETWEEN ${query.from}::date AND ${query.to}::date
    )
    SELECT extract(hour FROM b.confirmed_at AT TIME ZONE st.time_zone)::int AS hour,
           GREATEST(0, floor(extract(epoch FROM st.starts_at - b.confirmed_at) / 86400))::int AS lead_days,
           count(t.id)::int AS tickets
      FROM st
      JOIN "bookings"."bookings" b ON b.showtime_id = st.id AND b.confirmed_at IS NOT NULL
      JOIN "bookings"."tickets" t ON t.booking_id = b.id
     GROUP BY 1, 2`;
}

export const LEAD_TIME_BUCKETS = [
  { bucket: "Same day", upTo: 0 },
  { bucket: "1 day before", upTo: 1 },
  { bucket: "2–3 days", upTo: 3 },
  { bucket: "4–7 days", upTo: 7 },
  { bucket: "8–14 days", upTo: 14 },
  { bucket: "15+ days", upTo: Infinity },
] as const;

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function addMoney<T extends CurrencyTotal>(total: T, row: { gross: number; refunded: number; tickets: number }): T {
  total.grossCents += row.gross;
  total.refundedCents += row.refunded;
  total.netCents += row.gross - row.refunded;
  total.tickets += row.tickets;
  return total;
}

const zero = (currency: string): CurrencyTotal => ({
  currency,
  grossCents: 0,
  refundedCents: 0,
  netCents: 0,
  tickets: 0,
});

/** Every day from `from` to `to`, so a chart shows the quiet days too. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`);) {
    days.push(day.toISOString().slice(0, 10));
    day = new Date(day.getTime() + 86_400_000);
  }
  return days;
}

export async function salesReport(query: SalesReportQuery, now = new Date()): Promise<SalesReport> {
  const [rows, timing] = await Promise.all([showtimeRows(query), purchaseTiming(query)]);
  // Held seats change by the second and exist only before a show: asked of the seats service for those alone.
  const live = rows.filter((row) => row.ends_at > now && row.status !== "CANCELLED");
  const [availability, movies] = await Promise.all([
    availabilityByShowtime(live.map((row) => row.id)),
    getMoviesByIds([...new Set(rows.map((row) => row.movie_id))]),
  ]);
  const titles = new Map(movies.map((movie) => [movie.id, movie.title]));

  const showtimes: ShowtimeTotal[] = rows.map((row) => {
    const gross = Number(row.gross);
    const refunded = Number(row.refunded);
    const seats = availability.get(row.id);
    const seatsHeld = seats ? Math.max(0, seats.total - seats.available - row.seats_sold) : 0;
    return {
      id: row.id,
      startsAt: row.starts_at.toISOString(),
      date: row.day,
      timeZone: row.time_zone,
      movieId: row.movie_id,
      title: titles.get(row.movie_id) ?? row.movie_id,
      hallId: row.hall_id,
      hallName: row.hall_name,
      cinemaId: row.cinema_id,
      cinemaName: row.cinema_name,
      status: row.status.toLowerCase(),
      currency: row.currency,
      seatsTotal: row.seats_total,
      seatsSold: row.seats_sold,
      seatsHeld,
      admitted: row.admitted,
      grossCents: gross,
      refundedCents: refunded,
      netCents: gross - refunded,
      // A cancelled showtime played to nobody: its seats count as offered for none.
      occupancy: row.status === "CANCELLED" ? 0 : ratio(row.seats_sold, row.seats_total),
    };
  });

  const currencies = new Map<string, CurrencyTotal>();
  const days = new Map<string, DayTotal>();
  const films = new Map<string, FilmTotal>();
  const halls = new Map<string, HallTotal>();
  for (const showtime of showtimes) {
    const money = { gross: showtime.grossCents, refunded: showtime.refundedCents, tickets: showtime.seatsSold };
    const { currency } = showtime;
    addMoney((currencies.get(currency) ?? currencies.set(currency, zero(currency)).get(currency))!, money);
    const dayKey = `${showtime.date}|${currency}`;
    addMoney((days.get(dayKey) ?? days.set(dayKey, { date: showtime.date, ...zero(currency) }).get(dayKey))!, money);
    const offered = showtime.status === "cancelled" ? 0 : showtime.seatsTotal;
    const filmKey = `${showtime.movieId}|${currency}`;
    const film =
      films.get(filmKey) ??
      films
        .set(filmKey, {
          movieId: showtime.movieId,
          title: showtime.title,
          showtimes: 0,
          seatsTotal: 0,
          occupancy: 0,
          ...zero(currency),
        })
        .get(filmKey)!;
    addMoney(film, money);
    film.showtimes++;
    film.seatsTotal += offered;
    const hall =
      halls.get(showtime.hallId) ??
      halls
        .set(showtime.hallId, {
          hallId: showtime.hallId,
          name: showtime.hallName,
          cinemaName: showtime.cinemaName,
          showtimes: 0,
          seatsTotal: 0,
          seatsSold: 0,
          seatsHeld: 0,
          occupancy: 0,
        })
        .get(showtime.hallId)!;
    hall.showtimes++;
    hall.seatsTotal += offered;
    if (offered) {
      hall.seatsSold += showtime.seatsSold;
      hall.seatsHeld += showtime.seatsHeld;
    }
  }
  for (const film of films.values()) film.occupancy = ratio(film.tickets, film.seatsTotal);
  for (const hall of halls.values()) hall.occupancy = ratio(hall.seatsSold, hall.seatsTotal);

  // Quiet days are days too: every day of the range, in every currency that sold.
  for (const date of daysBetween(query.from, query.to))
    for (const currency of currencies.keys()) {
      const key = `${date}|${currency}`;
      if (!days.has(key)) days.set(key, { date, ...zero(currency) });
    }

  const byHour = Array.from({ length: 24 }, (_, hour) => ({ hour, tickets: 0 }));
  const byLeadTime: { bucket: string; tickets: number }[] = LEAD_TIME_BUCKETS.map(({ bucket }) => ({
    bucket,
    tickets: 0,
  }));
  for (const row of timing) {
    byHour[row.hour].tickets += row.tickets;
    byLeadTime[LEAD_TIME_BUCKETS.findIndex((b) => row.lead_days <= b.upTo)].tickets += row.tickets;
  }

  const byCurrency = (a: CurrencyTotal, b: CurrencyTotal) => a.currency.localeCompare(b.currency);
  return {
    query,
    currencies: [...currencies.values()].sort(byCurrency),
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date) || byCurrency(a, b)),
    films: [...films.values()].sort((a, b) => byCurrency(a, b) || b.netCents - a.netCents),
    halls: [...halls.values()].sort((a, b) => a.cinemaName.localeCompare(b.cinemaName) || a.name.localeCompare(b.name)),
    showtimes,
    byHour,
    byLeadTime,
  };
}
