import "server-only";
import { db } from "@/lib/db";

/**
 * Ends holds whose time ran out and frees their seats. Rows are claimed with
 * SKIP LOCKED, so any number of instances can sweep at once without doing
 * the same hold twice. Holds used by a booking are the booking's to expire.
 */
export async function sweepExpiredHolds(batch = 500): Promise<number> {
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "seats"."holds" SET status = 'EXPIRED', released_at = now()
       WHERE id IN (
         SELECT id FROM "seats"."holds"
          WHERE status = 'ACTIVE' AND expires_at < now()
          ORDER BY expires_at LIMIT ${batch}
            FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    if (expired.length === 0) return 0;
    // Each hold's row lists its seats; locked in seat order, as a hold locks
    // them, so the sweeper never deadlocks with a buyer.
    await tx.$executeRaw`
      UPDATE "seats"."showtime_seats"
         SET status = 'AVAILABLE', hold_id = NULL, held_by = NULL, held_until = NULL, updated_at = now()
       WHERE (showtime_id, seat_id) IN (
         SELECT s.showtime_id, s.seat_id FROM "seats"."showtime_seats" s JOIN "seats"."holds" h
             ON s.showtime_id = h.showtime_id AND s.seat_id = ANY (h.seat_ids)
          WHERE h.id = ANY (${expired.map((hold) => hold.id)}) AND s.hold_id = h.id AND s.status = 'HELD'
          ORDER BY s.showtime_id, s.seat_id FOR UPDATE OF s)`;
    return expired.length;
  });
}
