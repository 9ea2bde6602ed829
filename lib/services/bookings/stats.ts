import "server-only";
import { db } from "@/lib/db";

/** Figures for the staff dashboard: sales per day and today's totals. */
export async function salesByDay(days = 14) {
  const rows = await db.$queryRaw<{ day: string; bookings: bigint; tickets: bigint; revenue: bigint }[]>`
    SELECT to_char(date_trunc('day', b.confirmed_at), 'YYYY-MM-DD') AS day,
           count(DISTINCT b.id) AS bookings, count(t.id) AS tickets, COALESCE(sum(t.amount_cents), 0) AS revenue
      FROM "bookings"."bookings" b LEFT JOIN "bookings"."tickets" t ON t.booking_id = b.id
     WHERE b.status = 'CONFIRMED' AND b.confirmed_at > now() - make_interval(days => ${days})
     GROUP BY 1 ORDER BY 1`;
  return rows.map((row) => ({
    day: row.day,
    bookings: Number(row.bookings),
    tickets: Number(row.tickets),
    revenueCents: Number(row.revenue),
  }));
}

export async function bookingCounts() {
  const rows = await db.booking.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all])) as Record<string, number>;
}
