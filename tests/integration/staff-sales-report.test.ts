// The dashboard's figures agree with the bookings to the cent: real bookings
// (paid through the webhook, refunded in part and in full by staff, cancelled
// by the customer, one never paid) in a London and a New York cinema, then the
// report is compared with sums computed here from the rows themselves, each
// show's day read in its own cinema's time zone.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { TZDate } from "@date-fns/tz";
import { GET as report } from "@/app/api/admin/reports/sales/route";
import { POST as refund } from "@/app/api/admin/bookings/[id]/refund/route";
import { POST as cancel } from "@/app/api/booking/[id]/cancel/route";
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
import { bookSeats, paidBooking } from "../helpers/paid-bookings";

let staff: TestUser;
let london: TestHall;
let newYork: TestHall;
let londonDay: string;
let newYorkDay: string;
const showtimeIds: string[] = [];

const DAY = 86_400_000;
const localDay = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);

/** Minutes from now to a local wall-clock time some days ahead. */
function minutesUntil(daysAhead: number, hour: number, minute: number, timeZone: string): number {
  const day = new TZDate(Date.now() + daysAhead * DAY, timeZone);
  const at = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute, 0, timeZone);
  return Math.round((at.getTime() - Date.now()) / 60_000);
}

async function staffRefund(bookingId: string, ticketIds?: string[]) {
  const response = await callRoute(refund, {
    url: `/api/admin/bookings/${bookingId}/refund`,
    headers: await authHeaders(staff),
    params: { id: bookingId },
    body: ticketIds ? { ticketIds } : {},
  });
  assert.equal(response.status, 200, await response.clone().text());
}

async function getReport(query: Record<string, string>) {
  const response = await callRoute(report, {
    url: `/api/admin/reports/sales?${new URLSearchParams(query)}`,
    headers: await authHeaders(staff),
  });
  return { status: response.status, body: await response.json() };
}

before(async () => {
  staff = await makeUser({ role: "STAFF" });
  london = await makeCinemaWithHall({ rows: 3, cols: 10 });
  newYork = await makeCinemaWithHall({ rows: 3, cols: 10, currency: "USD" });
  await db.cinema.update({ where: { id: newYork.cinemaId }, data: { timeZone: "America/New_York" } });
  const film = await makeMovie({ title: "Report Film" });

  // London: an evening show on day 5 and a matinee on day 6.
  const evening = await makeShowtime(london, {
    startsInMinutes: minutesUntil(5, 20, 0, "Europe/London"),
    movieId: film.id,
  });
  const matinee = await makeShowtime(london, { startsInMinutes: minutesUntil(6, 13, 0, "Europe/London") });
  // New York: 21:30 local, already the next day in UTC.
  const late = await makeShowtime(newYork, {
    startsInMinutes: minutesUntil(5, 21, 30, "America/New_York"),
    movieId: film.id,
  });
  await db.showtimePrice.updateMany({ where: { showtimeId: late.id }, data: { currency: "USD" } });
  showtimeIds.push(evening.id, matinee.id, late.id);
  londonDay = localDay(evening.startsAt, "Europe/London");
  newYorkDay = localDay(late.startsAt, "America/New_York");

  const seats = (hall: TestHall, from: number, count: number) => hall.seats.slice(from, from + count).map((s) => s.id);
  await paidBooking(evening.id, seats(london, 0, 2));
  const three = await paidBooking(evening.id, seats(london, 3, 3));
  const one = await paidBooking(evening.id, seats(london, 7, 1));
  await bookSeats(evening.id, seats(london, 10, 2)); // never paid
  await paidBooking(matinee.id, seats(london, 0, 2));
  const threeTickets = await db.ticket.findMany({ where: { bookingId: three.id }, orderBy: { seatLabel: "asc" } });
  await staffRefund(three.id, [threeTickets[0].id]);
  await staffRefund(one.id);

  await paidBooking(late.id, seats(newYork, 0, 2));
  const cancelled = await paidBooking(late.id, seats(newYork, 4, 1));
  const response = await callRoute(cancel, {
    url: `/api/booking/${cancelled.id}/cancel`,
    method: "POST",
    headers: await authHeaders(cancelled.user),
    params: { id: cancelled.id },
  });
  assert.equal(response.status, 200, await response.clone().text());
});

/** The same figures, computed here from the bookings, tickets and payments of each show. */
async function expected(cinemaId: string, timeZone: string) {
  const showtimes = await db.showtime.findMany({ where: { cinemaId }, include: { prices: true } });
  const days = new Map<string, { gross: number; refunded: number; tickets: number }>();
  const sold = new Map<string, number>();
  for (const showtime of showtimes) {
    const bookings = await db.booking.findMany({ where: { showtimeId: showtime.id }, include: { tickets: true } });
    const payments = await db.payment.findMany({ where: { bookingId: { in: bookings.map((b) => b.id) } } });
    const day = localDay(showtime.startsAt, timeZone);
    const total = days.get(day) ?? { gross: 0, refunded: 0, tickets: 0 };
    for (const payment of payments)
      if (["PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(payment.status)) {
        total.gross += payment.amountCents;
        total.refunded += payment.amountRefundedCents;
      }
    const valid = bookings.flatMap((b) => b.tickets).filter((t) => !t.voidedAt).length;
    total.tickets += valid;
    sold.set(showtime.id, valid);
    days.set(day, total);
  }
  return { days, sold };
}

test("the report's money and tickets are the bookings' own, to the cent, per day and in total", async () => {
  const { status, body } = await getReport({ cinemaId: london.cinemaId, from: londonDay, to: londonDay });
  assert.equal(status, 200);
  const want = await expected(london.cinemaId, "Europe/London");
  const day = want.days.get(londonDay)!;
  // Independently of the sums above: 2 + 3 + 1 seats at 10.00 paid, 1 + 1 refunded; the unpaid booking counts nothing.
  assert.deepEqual(day, { gross: 6000, refunded: 2000, tickets: 4 });
  assert.deepEqual(body.currencies, [
    { currency: "GBP", grossCents: 6000, refundedCents: 2000, netCents: 4000, tickets: 4 },
  ]);
  assert.deepEqual(
    body.days.map(
      (d: { date: string; grossCents: number; refundedCents: number; netCents: number; tickets: number }) => [
        d.date,
        d.grossCents,
        d.refundedCents,
        d.netCents,
        d.tickets,
      ],
    ),
    [[londonDay, day.gross, day.refunded, day.gross - day.refunded, day.tickets]],
  );
  const [showtime] = body.showtimes;
  assert.equal(showtime.seatsSold, want.sold.get(showtime.id));
  assert.equal(showtime.seatsTotal, 30);
  assert.equal(showtime.occupancy, 4 / 30);
});

test("two days add up day by day; a film's figures are its showtimes'", async () => {
  const next = localDay(new Date(Date.parse(`${londonDay}T12:00:00Z`) + DAY), "UTC");
  const { body } = await getReport({ cinemaId: london.cinemaId, from: londonDay, to: next });
  const want = await expected(london.cinemaId, "Europe/London");
  for (const day of body.days) {
    const mine = want.days.get(day.date) ?? { gross: 0, refunded: 0, tickets: 0 };
    assert.deepEqual([day.grossCents, day.refundedCents, day.tickets], [mine.gross, mine.refunded, mine.tickets]);
  }
  assert.equal(body.currencies[0].grossCents, 8000);
  assert.equal(body.currencies[0].tickets, 6);
  const film = body.films.find((f: { title: string }) => f.title === "Report Film");
  assert.deepEqual([film.grossCents, film.netCents, film.tickets, film.occupancy], [6000, 4000, 4, 4 / 30]);
  assert.equal(body.halls[0].seatsSold, 6);
  assert.equal(body.halls[0].seatsTotal, 60);
});

test("a show at 21:30 in New York counts on New York's day, in dollars, never added to pounds", async () => {
  const { body } = await getReport({ cinemaId: newYork.cinemaId, from: newYorkDay, to: newYorkDay });
  assert.deepEqual(body.currencies, [
    { currency: "USD", grossCents: 3000, refundedCents: 1000, netCents: 2000, tickets: 2 },
  ]);
  assert.equal(body.days[0].date, newYorkDay);
  const utcDay = await getReport({
    cinemaId: newYork.cinemaId,
    from: localDay(new Date(Date.parse(`${newYorkDay}T12:00:00Z`) + DAY), "UTC"),
    to: localDay(new Date(Date.parse(`${newYorkDay}T12:00:00Z`) + DAY), "UTC"),
  });
  assert.deepEqual(utcDay.body.currencies, [], "the UTC date of the show is not its day");

  const [first, last] = [londonDay, newYorkDay].sort();
  const all = await getReport({ from: first, to: last });
  const currencies = all.body.currencies.map((c: { currency: string }) => c.currency);
  assert.ok(currencies.includes("GBP") && currencies.includes("USD"), "each currency on its own line");
  assert.equal(
    new Set(all.body.days.map((d: { date: string; currency: string }) => `${d.date}|${d.currency}`)).size,
    all.body.days.length,
  );
});

test("when people bought: every ticket bought for these shows, by hour and by days ahead", async () => {
  const { body } = await getReport({ cinemaId: london.cinemaId, from: londonDay, to: londonDay });
  const bought = await db.ticket.count({ where: { showtimeId: showtimeIds[0] } });
  const byHour = body.byHour.reduce((sum: number, h: { tickets: number }) => sum + h.tickets, 0);
  const byLead = body.byLeadTime.reduce((sum: number, b: { tickets: number }) => sum + b.tickets, 0);
  assert.equal(byHour, bought);
  assert.equal(byLead, bought);
  assert.equal(body.byLeadTime.find((b: { bucket: string }) => b.bucket === "4–7 days").tickets, bought);
});

test("a range backwards, too long, or of an unknown cinema is refused", async () => {
  assert.equal((await getReport({ from: "2026-05-02", to: "2026-05-01" })).status, 400);
  assert.equal((await getReport({ from: "2025-01-01", to: "2026-05-01" })).status, 400);
  assert.equal((await getReport({ from: "2026-02-30", to: "2026-03-01" })).status, 400);
  assert.equal((await getReport({ cinemaId: "no-such-cinema" })).status, 404);
  const customer = await makeUser();
  const response = await callRoute(report, {
    url: "/api/admin/reports/sales",
    headers: await authHeaders(customer),
  });
  assert.equal(response.status, 403);
});
