import "server-only";
import type { Tx } from "@/lib/db";
import { markBookingRefunded } from "@/lib/services/bookings";
import { lockPayment } from "./shared";

interface ChargeObject {
  amount: number;
  amount_refunded: number;
  payment_intent?: string | null;
  metadata?: Record<string, string> | null;
}

/** Money went back (from our refunds or Stripe's dashboard): record the total, forward only. */
export async function onChargeRefunded(tx: Tx, charge: ChargeObject): Promise<void> {
  let bookingId = charge.metadata?.bookingId;
  if (!bookingId && charge.payment_intent) {
    bookingId = (await tx.payment.findFirst({ where: { paymentIntentId: charge.payment_intent } }))?.bookingId;
  }
  if (!bookingId) return;
  const payment = await lockPayment(tx, bookingId);
  if (!payment) return;
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
  if (full) await markBookingRefunded(tx, bookingId);
}
