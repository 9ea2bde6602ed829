import "server-only";
import {
  bookingIdOf,
  lockPayment,
  refuseMismatch,
  sessionBooking,
  sessionMismatch,
  type EventHandler,
  type SessionObject,
} from "./shared";

/** The checkout closed unpaid, or a delayed payment failed: the booking ends and its seats go back on sale. */
function unpaid(
  status: "FAILED" | "EXPIRED",
  reason: "payment_failed" | "checkout_expired",
): EventHandler<SessionObject> {
  return {
    bookingOf: sessionBooking,
    async handle(tx, session, context) {
      const bookingId = bookingIdOf(session);
      const payment = await lockPayment(tx, bookingId);
      if (payment) {
        const mismatch = sessionMismatch(payment, session, false);
        if (mismatch) return refuseMismatch(bookingId, mismatch, session.id);
        if (payment.status === "PENDING")
          await tx.payment.update({ where: { id: payment.id }, data: { status, lastEventAt: new Date() } });
      }
      // After a confirmation this changes nothing: bookings ends only a booking still waiting for payment.
      if (context.booking) await context.bookings.unpaid(tx, context.booking, reason);
      return "processed";
    },
  };
}

export const onAsyncPaymentFailed = unpaid("FAILED", "payment_failed");
export const onCheckoutSessionExpired = unpaid("EXPIRED", "checkout_expired");
