import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { metrics } from "@/lib/metrics";
import { queueMessage } from "@/lib/services/notifications";
import { expireCheckout, refundPayment } from "@/lib/services/payments";
import { releaseHoldSeats, unsellSeats } from "@/lib/services/seats";
import { getShowtimeDetails } from "@/lib/services/showtimes";
import { getUserById } from "@/lib/services/users";
import { cancellationDecision } from "./cancellation-policy";
import { lockBooking } from "./confirm-booking";
import { manageUrl, showInfo } from "./show-info";

/**
 * The moviegoer cancels: a confirmed booking is refunded in full when the
 * policy allows (up to CANCELLATION_CUTOFF_MINUTES before the show), a
 * pending one simply ends. The refund goes first and carries an idempotency
 * key, so a retry after a failure never refunds twice.
 */
export async function cancelBooking(userId: string, bookingId: string, now = new Date()) {
  const booking = await db.booking.findUnique({ where: { id: bookingId } });
  if (!booking || booking.userId !== userId) throw notFound("The booking");
  const { showtime } = await getShowtimeDetails(booking.showtimeId);
  const decision = cancellationDecision({
    status: booking.status,
    startsAt: showtime.startsAt,
    now,
    cutoffMinutes: env.CANCELLATION_CUTOFF_MINUTES,
  });
  if (!decision.allowed)
    throw new AppError("cancellation_not_allowed", decision.reason, { extra: { reason: decision.reason } });

  let refundCents = 0;
  if (decision.refund) {
    refundCents = (
      await refundPayment({
        bookingId,
        amountCents: booking.amountCents,
        reason: "Cancelled by the customer",
        key: "customer-cancel",
      })
    ).refundedCents;
  }
  await db.$transaction(async (tx) => {
    const locked = await lockBooking(tx, bookingId);
    if (!locked || !["CONFIRMED", "PENDING_PAYMENT"].includes(locked.status)) return;
    await tx.booking.update({ where: { id: bookingId }, data: { status: "CANCELLED", cancelledAt: now } });
    await tx.ticket.updateMany({ where: { bookingId, voidedAt: null }, data: { voidedAt: now } });
    if (locked.status === "CONFIRMED") await unsellSeats(tx, bookingId);
    else if (locked.holdId) await releaseHoldSeats(tx, locked.holdId, "RELEASED");
    if (locked.status === "CONFIRMED") {
      const [show, user] = await Promise.all([showInfo(booking.showtimeId), getUserById(userId)]);
      await queueMessage(tx, {
        template: "booking-cancelled",
        recipient: booking.customerEmail,
        props: {
          ...show,
          reference: booking.reference,
          customerName: user.name,
          refundCents,
          currency: booking.currency,
          kind: "cancelled",
          manageUrl: manageUrl(bookingId),
        },
        dedupeKey: `booking-cancelled:${bookingId}`,
      });
    }
  });
  if (!decision.refund) await expireCheckout(bookingId);
  metrics.bookings.inc({ event: "cancelled" });
  return { refundCents };
}
