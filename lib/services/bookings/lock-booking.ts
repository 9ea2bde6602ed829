import "server-only";
import type { Tx } from "@/lib/db";

/**
 * The booking row locked for the rest of the transaction, with its tickets;
 * null when there is none, or, with `skipLocked`, when another transaction
 * holds it (a sweeper then leaves it to that one).
 */
export async function lockBooking(tx: Tx, bookingId: string, options: { skipLocked?: boolean } = {}) {
  const rows = options.skipLocked
    ? await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "bookings"."bookings" WHERE id = ${bookingId} FOR UPDATE SKIP LOCKED`
    : await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "bookings"."bookings" WHERE id = ${bookingId} FOR UPDATE`;
  return rows[0] ? tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { tickets: true } }) : null;
}

export type LockedBooking = NonNullable<Awaited<ReturnType<typeof lockBooking>>>;
