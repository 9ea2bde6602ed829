import "server-only";
import { db, type DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { providerFor } from "./providers";

export interface RefundRequest {
  bookingId: string;
  amountCents: number;
  ticketIds?: string[];
  reason: string;
  /** Distinguishes separate refunds of one booking; the same key never refunds twice. */
  key: string;
}

/**
 * Refunds through the payment's provider and records it on the payment. The
 * provider call carries an idempotency key, so a retried refund (a redelivered
 * webhook, a double click) moves money once.
 */
export async function refundPayment(request: RefundRequest, client: DbOrTx = db): Promise<{ refundedCents: number }> {
  const payment = await client.payment.findUnique({ where: { bookingId: request.bookingId } });
  if (!payment || !payment.paymentIntentId || !["PAID", "PARTIALLY_REFUNDED"].includes(payment.status)) {
    throw new AppError("booking_not_refundable", "There is no completed payment to refund for this booking.");
  }
  const idempotencyKey = `refund-${request.bookingId}-${request.key}`;
  const amountCents = Math.min(request.amountCents, payment.amountCents - payment.amountRefundedCents);
  if (amountCents <= 0) throw new AppError("booking_not_refundable", "This payment has already been refunded in full.");
  const { refundId } = await providerFor(payment.provider).refund({
    paymentIntentId: payment.paymentIntentId,
    amountCents,
    idempotencyKey,
    bookingId: request.bookingId,
    chargeAmountCents: payment.amountCents,
    refundedBeforeCents: payment.amountRefundedCents,
  });
  // The provider answers a repeated key with the same refund: record it once.
  const known = await client.refund.findUnique({ where: { providerRefundId: refundId } });
  if (known) return { refundedCents: known.amountCents };
  const refunded = payment.amountRefundedCents + amountCents;
  await client.refund.create({
    data: {
      paymentId: payment.id,
      providerRefundId: refundId,
      amountCents,
      reason: request.reason,
      ticketIds: request.ticketIds ?? [],
      status: "succeeded",
    },
  });
  await client.payment.update({
    where: { id: payment.id },
    data: {
      amountRefundedCents: refunded,
      status: refunded >= payment.amountCents ? "REFUNDED" : "PARTIALLY_REFUNDED",
    },
  });
  return { refundedCents: amountCents };
}
