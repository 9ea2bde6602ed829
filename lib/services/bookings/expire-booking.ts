import "server-only";
import { db, type Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { queueMessage } from "@/lib/services/notifications";
import { expireCheckout } from "@/lib/services/payments";
import { releaseHoldSeats } from "@/lib/services/seats";
import { getUserById } from "@/lib/services/users";
import { appUrl } from "@/lib/env";
import { lockBooking } from "./confirm-booking";
import { showInfo } from "./show-info";

/**
 * A booking waiting for payment ends: its seats go back on sale. Anything
 * past pending (confirmed, refunded) is left alone, so a late "expired" event
 * after a confirmation changes nothing.
 */
export async function expireBooking(
  tx: Tx,
  bookingId: string,
  reason: "checkout_expired" | "payment_failed" | "hold_expired" = "hold_expired",
): Promise<boolean> {
  const booking = await lockBooking(tx, bookingId);
  if (!booking || booking.status !== "PENDING_PAYMENT") return false;
  await tx.booking.update({ where: { id: bookingId }, data: { status: "EXPIRED" } });
  if (booking.holdId) await releaseHoldSeats(tx, booking.holdId, "EXPIRED");
  metrics.bookings.inc({ event: "expired" });
  const [show, user] = await Promise.all([showInfo(booking.showtimeId), getUserById(booking.userId)]);
  await queueMessage(tx, {
    template: "payment-failed",
    recipient: booking.customerEmail,
    props: {
      ...show,
      reference: booking.reference,
      customerName: user.name,
      reason: reason === "payment_failed" ? "payment_failed" : "hold_expired",
      retryUrl: `${appUrl()}/showtimes/${booking.showtimeId}`,
    },
    dedupeKey: `booking-expired:${bookingId}`,
  });
  return true;
}

/**
 * Ends bookings whose hold ran out before payment. Claimed with SKIP LOCKED,
 * so several instances can sweep at once; the checkout is closed after the
 * commit (a payment racing it is refunded by the webhook).
 */
export async function sweepExpiredBookings(batch = 100): Promise<number> {
  const expired = await db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "bookings"."bookings"
       WHERE status = 'PENDING_PAYMENT' AND expires_at < now()
       ORDER BY expires_at LIMIT ${batch}
         FOR UPDATE SKIP LOCKED`;
    const done: string[] = [];
    for (const { id } of due) if (await expireBooking(tx, id, "hold_expired")) done.push(id);
    return done;
  });
  for (const id of expired) {
    await expireCheckout(id).catch((error) => logger.warn({ err: error, bookingId: id }, "could not close checkout"));
  }
  return expired.length;
}
