import "server-only";
import type { Tx } from "@/lib/db";
import { settlePayment } from "./settle-payment";
import { bookingIdOf, intentIdOf, lockPayment, type SessionObject } from "./shared";

/** Paid: settle. Unpaid (a delayed payment method): note the intent and wait for the async events. */
export async function onCheckoutSessionCompleted(tx: Tx, session: SessionObject): Promise<void> {
  const bookingId = bookingIdOf(session);
  if (session.payment_status === "paid" || session.payment_status === "no_payment_required") {
    await settlePayment(tx, bookingId, intentIdOf(session));
    return;
  }
  const payment = await lockPayment(tx, bookingId);
  if (payment)
    await tx.payment.update({
      where: { id: payment.id },
      data: { paymentIntentId: intentIdOf(session), lastEventAt: new Date() },
    });
}

export async function onAsyncPaymentSucceeded(tx: Tx, session: SessionObject): Promise<void> {
  await settlePayment(tx, bookingIdOf(session), intentIdOf(session));
}
