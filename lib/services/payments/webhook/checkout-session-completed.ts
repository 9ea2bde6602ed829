import "server-only";
import { settlePayment } from "./settle-payment";
import {
  bookingIdOf,
  intentIdOf,
  lockPayment,
  refuseMismatch,
  sessionBooking,
  sessionMismatch,
  type EventHandler,
  type SessionObject,
} from "./shared";

/** Paid: settle. Unpaid (a delayed payment method): note the intent and wait for the async events. */
export const onCheckoutSessionCompleted: EventHandler<SessionObject> = {
  bookingOf: sessionBooking,
  async handle(tx, session, context) {
    if (session.payment_status === "paid" || session.payment_status === "no_payment_required")
      return settlePayment(tx, session, context);
    const bookingId = bookingIdOf(session);
    const payment = await lockPayment(tx, bookingId);
    if (!payment) return "processed";
    const mismatch = sessionMismatch(payment, session, false);
    if (mismatch) return refuseMismatch(bookingId, mismatch, session.id);
    await tx.payment.update({
      where: { id: payment.id },
      data: { paymentIntentId: intentIdOf(session), lastEventAt: new Date() },
    });
    return "processed";
  },
};

export const onAsyncPaymentSucceeded: EventHandler<SessionObject> = {
  bookingOf: sessionBooking,
  handle: settlePayment,
};
