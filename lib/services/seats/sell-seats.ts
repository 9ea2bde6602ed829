import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import type { HoldStatus } from "@/lib/generated/prisma/enums";

export type SellResult = { sold: true } | { sold: false; takenSeatIds: string[] };

/**
 * Marks a booking's seats sold, inside the payment's transaction. A seat is
 * sellable while its hold is ours, or if nobody else holds or bought it since
 * (a payment that arrives after the hold ran out is honoured when it can be).
 * The rows are locked first, so the check and the update cannot be raced.
 */
export async function sellSeats(
  tx: Tx,
  input: { showtimeId: string; seatIds: string[]; holdId: string | null; bookingId: string; userId: string },
): Promise<SellResult> {
  // Locked first, then read in a statement of its own: its snapshot, taken
  // after the locks, sees what anyone who held them before committed.
  await tx.$executeRaw`
    SELECT 1 FROM "seats"."showtime_seats"
     WHERE showtime_id = ${input.showtimeId} AND seat_id IN (${Prisma.join(input.seatIds)})
     ORDER BY seat_id
       FOR UPDATE`;
  const rows = await tx.$queryRaw<
    { seat_id: string; status: string; hold_id: string | null; held_until: Date | null; booking_id: string | null }[]
  >`
    SELECT seat_id, status::text AS status, hold_id, held_until, booking_id FROM "seats"."showtime_seats"
     WHERE showtime_id = ${input.showtimeId} AND seat_id IN (${Prisma.join(input.seatIds)})`;
  const now = Date.now();
  const sellable = (row: (typeof rows)[number]) =>
    (row.status === "SOLD" && row.booking_id === input.bookingId) ||
    row.status === "AVAILABLE" ||
    (row.status === "HELD" &&
      (row.hold_id === input.holdId || (row.held_until !== null && row.held_until.getTime() < now)));
  const taken = input.seatIds.filter((id) => {
    const row = rows.find((r) => r.seat_id === id);
    return !row || !sellable(row);
  });
  if (taken.length) return { sold: false, takenSeatIds: taken };
  await tx.$executeRaw`
    UPDATE "seats"."showtime_seats"
       SET status = 'SOLD', booking_id = ${input.bookingId}, held_by = ${input.userId}, held_until = NULL, hold_id = NULL, updated_at = now()
     WHERE showtime_id = ${input.showtimeId} AND seat_id IN (${Prisma.join(input.seatIds)})`;
  if (input.holdId) await tx.hold.updateMany({ where: { id: input.holdId }, data: { status: "CONVERTED" } });
  return { sold: true };
}

/** Puts sold seats back on sale (a refund or a cancelled booking). */
export async function unsellSeats(tx: Tx, bookingId: string, seatIds?: string[]): Promise<number> {
  const only = seatIds?.length ? Prisma.sql`AND seat_id IN (${Prisma.join(seatIds)})` : Prisma.empty;
  return tx.$executeRaw`
    UPDATE "seats"."showtime_seats"
       SET status = 'AVAILABLE', booking_id = NULL, held_by = NULL, updated_at = now()
     WHERE (showtime_id, seat_id) IN (
       SELECT showtime_id, seat_id FROM "seats"."showtime_seats"
        WHERE booking_id = ${bookingId} AND status = 'SOLD' ${only} ORDER BY seat_id FOR UPDATE)`;
}

/**
 * Marks an active, unexpired hold as used by a booking, so only the booking's
 * expiry releases it. False when the hold ended meanwhile.
 */
export async function convertHold(tx: Tx, holdId: string): Promise<boolean> {
  const converted = await tx.hold.updateMany({
    where: { id: holdId, status: "ACTIVE", expiresAt: { gt: new Date() } },
    data: { status: "CONVERTED" },
  });
  return converted.count === 1;
}

export async function getHold(holdId: string) {
  return db.hold.findUnique({ where: { id: holdId } });
}

/** Whether a hold still keeps its seats: active and not yet run out (the sweeper may not have come by). */
export function holdIsLive(hold: { status: HoldStatus; expiresAt: Date }, now = new Date()): boolean {
  return hold.status === "ACTIVE" && hold.expiresAt > now;
}
