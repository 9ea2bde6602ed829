import "server-only";
import { db, type Tx } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { queueMessage } from "@/lib/services/notifications";
import { loadBookingSnapshot, type BookingSnapshot } from "./booking-snapshot";
import { afterEnding, endBooking, type Ending } from "./end-booking";
import { lockBooking } from "./lock-booking";

export type ExpiryReason = "checkout_expired" | "payment_failed" | "hold_expired";

/**
 * A booking waiting for payment ends: its seats go back on sale and the
 * customer is told. Anything past pending (confirmed, refunded) is left
 * alone, so a late "expired" event after a confirmation changes nothing.
 */
export async function expireBooking(
  tx: Tx,
  snapshot: BookingSnapshot,
  reason: ExpiryReason,
  options: { skipLocked?: boolean } = {},
): Promise<Ending | null> {
  const booking = await lockBooking(tx, snapshot.booking.id, options);
  if (booking?.status !== "PENDING_PAYMENT") return null;
  const ending = await endBooking(tx, booking, "EXPIRED");
  await queueMessage(tx, {
    template: "payment-failed",
    recipient: booking.customerEmail,
    props: {
      ...snapshot.show,
      reference: booking.reference,
      customerName: snapshot.customer.name,
      reason: reason === "payment_failed" ? "payment_failed" : "hold_expired",
      retryUrl: `${appUrl()}/showtimes/${booking.showtimeId}`,
    },
    dedupeKey: `booking-expired:${booking.id}`,
  });
  return ending;
}

/**
 * Ends bookings whose hold ran out before payment, one transaction each. A
 * booking another instance is ending is skipped (SKIP LOCKED), so several
 * instances can sweep at once; the checkout is closed after the commit (a
 * payment racing it is refunded by the webhook).
 */
export async function sweepExpiredBookings(batch = 100): Promise<number> {
  const due = await db.booking.findMany({
    where: { status: "PENDING_PAYMENT", expiresAt: { lt: new Date() } },
    orderBy: { expiresAt: "asc" },
    take: batch,
    select: { id: true },
  });
  let expired = 0;
  for (const { id } of due) {
    const snapshot = await loadBookingSnapshot(id);
    if (!snapshot) continue;
    const ending = await db.$transaction((tx) => expireBooking(tx, snapshot, "hold_expired", { skipLocked: true }));
    if (ending) expired++;
    await afterEnding(ending);
  }
  return expired;
}
