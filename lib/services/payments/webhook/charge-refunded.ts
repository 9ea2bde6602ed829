import "server-only";
import { db } from "@/lib/db";
import { lockPayment, refuseMismatch, type EventHandler } from "./shared";

interface ChargeObject {
  id: string;
  amount: number;
  amount_refunded: number;
  payment_intent?: string | null;
  metadata?: Record<string, string> | null;
}

/** Money went back (from our refunds or Stripe's dashboard): record the total, forward only. */
export const onChargeRefunded: EventHandler<ChargeObject> = {
  async bookingOf(charge) {
    if (charge.metadata?.bookingId) return charge.metadata.bookingId;
    if (!charge.payment_intent) return null;
    return (await db.payment.findFirst({ where: { paymentIntentId: charge.payment_intent } }))?.bookingId ?? null;
  },
  async handle(tx, charge, context) {
    const { bookingId } = context;
    if (!bookingId) return "processed";
    const payment = await lockPayment(tx, bookingId);
    if (!payment) return "processed";
    if (charge.payment_intent !== payment.paymentIntentId || charge.amount !== payment.amountCents)
      return refuseMismatch(bookingId, "charge", charge.id);
    const refunded = Math.max(payment.amountRefundedCents, Math.min(charge.amount_refunded, payment.amountCents));
    const full = refunded >= payment.amountCents;
    await tx.payment.update({
      where: { id: payment.id },
      data: {
        amountRefundedCents: refunded,
        status: full ? "REFUNDED" : refunded > 0 ? "PARTIALLY_REFUNDED" : payment.status,
        lastEventAt: new Date(),
      },
    });
    if (full && context.booking) await context.bookings.refunded(tx, context.booking);
    return "processed";
  },
};
