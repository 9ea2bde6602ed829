import "server-only";
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { queueRefund, sendRefundNow } from "../refund";
import {
  bookingIdOf,
  intentIdOf,
  lockPayment,
  refuseMismatch,
  sessionMismatch,
  type EventContext,
  type HandlerOutcome,
  type SessionObject,
} from "./shared";

/**
 * Money has arrived for a booking: confirm it, or, when its seats were lost
 * meanwhile (or the booking ended), give the money back: the refund is
 * queued here and sent after the commit.
 */
export async function settlePayment(tx: Tx, session: SessionObject, context: EventContext): Promise<HandlerOutcome> {
  const bookingId = bookingIdOf(session);
  const payment = await lockPayment(tx, bookingId);
  if (!payment) {
    logger.warn({ bookingId }, "payment event for a booking without a payment");
    return "processed";
  }
  const mismatch = sessionMismatch(payment, session, true);
  if (mismatch) return refuseMismatch(bookingId, mismatch, session.id);
  if (["PAID", "REFUNDED", "PARTIALLY_REFUNDED"].includes(payment.status)) return "processed"; // already settled
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "PAID", paymentIntentId: intentIdOf(session) ?? payment.paymentIntentId, lastEventAt: new Date() },
  });
  const outcome = context.booking ? await context.bookings.paid(tx, context.booking) : "not_payable";
  metrics.bookings.inc({ event: `payment_${outcome}` });
  if (outcome === "seats_lost" || outcome === "not_payable") {
    const refund = await queueRefund(tx, {
      bookingId,
      amountCents: payment.amountCents,
      reason: "Seats were no longer available when the payment arrived",
      key: "automatic",
    });
    context.afterCommit(() => sendRefundNow(refund.id));
  }
  return "processed";
}
