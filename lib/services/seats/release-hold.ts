import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { seatStatesChanged } from "./seat-states";

/** Frees the seats a hold still has; the hold ends as `status`. */
export async function releaseHoldSeats(
  tx: Tx,
  holdId: string,
  status: "RELEASED" | "EXPIRED" = "RELEASED",
): Promise<number> {
  await tx.hold.updateMany({
    where: { id: holdId, status: { in: ["ACTIVE", "CONVERTED"] } },
    data: { status, releasedAt: new Date() },
  });
  // The hold's row lists its seats; they are locked in seat order, as
  // everywhere several seats change at once: no deadlocks with holds.
  return tx.$executeRaw`
    UPDATE "seats"."showtime_seats"
       SET status = 'AVAILABLE', hold_id = NULL, held_by = NULL, held_until = NULL, updated_at = now()
     WHERE (showtime_id, seat_id) IN (
       SELECT s.showtime_id, s.seat_id FROM "seats"."showtime_seats" s JOIN "seats"."holds" h
           ON s.showtime_id = h.showtime_id AND s.seat_id = ANY (h.seat_ids)
        WHERE h.id = ${holdId} AND s.hold_id = h.id AND s.status = 'HELD'
        ORDER BY s.seat_id FOR UPDATE OF s)`;
}

/** DELETE /api/seats/hold/{id}: the caller lets go of a hold that no booking uses yet. */
export async function releaseHold(userId: string, holdId: string): Promise<void> {
  const showtimeId = await db.$transaction(async (tx) => {
    const [hold] = await tx.$queryRaw<{ id: string; user_id: string; status: string; showtime_id: string }[]>`
      SELECT id, user_id, status::text AS status, showtime_id FROM "seats"."holds" WHERE id = ${holdId} FOR UPDATE`;
    if (!hold || hold.user_id !== userId) throw notFound("The hold");
    if (hold.status === "CONVERTED") {
      throw new AppError(
        "conflict",
        "These seats are part of a booking waiting for payment. Cancel the booking instead.",
      );
    }
    if (hold.status === "ACTIVE") await releaseHoldSeats(tx, holdId);
    return hold.showtime_id;
  });
  // The buyer looks at the map next: this instance reads it again rather than wait for the notification.
  seatStatesChanged(showtimeId);
}
