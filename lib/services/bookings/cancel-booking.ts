import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { queueMessage } from "@/lib/services/notifications";
import { queueRefund } from "@/lib/services/payments";
import { endingProps, loadBookingSnapshot, manageUrl } from "./booking-snapshot";
import { cancellationDecision } from "./cancellation-policy";
import { afterEnding, endBooking } from "./end-booking";
import { lockBooking } from "./lock-booking";

/**
 * The moviegoer cancels: a confirmed booking is refunded in full when the
 * policy allows (up to CANCELLATION_CUTOFF_MINUTES before the show), a
 * pending one simply ends. The policy is applied to the booking as it is
 * under its lock, and the refund is queued in the same transaction and sent
 * after it commits, with an idempotency key.
 */
export async function cancelBooking(userId: string, bookingId: string, now = new Date()) {
  const snapshot = await loadBookingSnapshot(bookingId);
  if (!snapshot || snapshot.booking.userId !== userId) throw notFound("The booking");
  const result = await db.$transaction(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (!booking) throw notFound("The booking");
    const decision = cancellationDecision({
      status: booking.status,
      startsAt: snapshot.showtime.startsAt,
      now,
      cutoffMinutes: env.CANCELLATION_CUTOFF_MINUTES,
    });
    if (!decision.allowed)
      throw new AppError("cancellation_not_allowed", decision.reason, { extra: { reason: decision.reason } });
    const wasConfirmed = booking.status === "CONFIRMED";
    const ending = await endBooking(tx, booking, "CANCELLED");
    if (!wasConfirmed) return { ending, refundCents: 0 };
    const refund = decision.refund
      ? await queueRefund(tx, {
          bookingId,
          amountCents: booking.amountCents,
          reason: "Cancelled by the customer",
          key: "customer-cancel",
        })
      : null;
    await queueMessage(tx, {
      template: "booking-cancelled",
      recipient: booking.customerEmail,
      props: { ...endingProps(snapshot, refund?.amountCents ?? 0), kind: "cancelled", manageUrl: manageUrl(bookingId) },
      dedupeKey: `booking-cancelled:${bookingId}`,
    });
    return { ending: { ...ending, refundId: refund?.id }, refundCents: refund?.amountCents ?? 0 };
  });
  await afterEnding(result.ending);
  return { refundCents: result.refundCents };
}
