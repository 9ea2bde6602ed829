import "server-only";
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { confirmBookingPayment } from "@/lib/services/bookings";
import { refundPayment } from "../refund";
import { lockPayment } from "./shared";

/**
 * Money has arrived for a booking: confirm it, or, when its seats were lost
 * meanwhile (or the booking was cancelled), give the money back at once.
 */
export async function settlePayment(tx: Tx, bookingId: string, paymentIntentId: string | null): Promise<void> {
  const payment = await lockPayment(tx, bookingId);
  if (!payment) {
    logger.warn({ bookingId }, "payment event for a booking without a payment");
    return;
  }
  if (["PAID", "REFUNDED", "PARTIALLY_REFUNDED"].includes(payment.status)) return; // already settled
  await tx.payment.update({
    where: { id: payment.id },
    data: { status: "PAID", paymentIntentId: paymentIntentId ?? payment.paymentIntentId, lastEventAt: new Date() },
  });
  const outcome = await confirmBookingPayment(tx, bookingId);
  metrics.bookings.inc({ event: `payment_${outcome}` });
  if (outcome === "seats_lost" || outcome === "not_payable") {
    await refundPayment(
      {
        bookingId,
        amountCents: payment.amountCents,
        reason: "Seats were no longer available when the payment arrived",
        key: "automatic",
      },
      tx,
    );
  }
}
