import "server-only";
import type { Tx } from "@/lib/db";
import { expireBooking } from "@/lib/services/bookings";
import { bookingIdOf, lockPayment, type SessionObject } from "./shared";

/** A delayed payment failed: the booking ends and its seats go back on sale. */
export async function onAsyncPaymentFailed(tx: Tx, session: SessionObject): Promise<void> {
  const bookingId = bookingIdOf(session);
  const payment = await lockPayment(tx, bookingId);
  if (payment?.status === "PENDING")
    await tx.payment.update({ where: { id: payment.id }, data: { status: "FAILED", lastEventAt: new Date() } });
  await expireBooking(tx, bookingId, "payment_failed");
}

/** The checkout closed unpaid: release the seats. After a confirmation it changes nothing. */
export async function onCheckoutSessionExpired(tx: Tx, session: SessionObject): Promise<void> {
  const bookingId = bookingIdOf(session);
  const payment = await lockPayment(tx, bookingId);
  if (payment?.status === "PENDING")
    await tx.payment.update({ where: { id: payment.id }, data: { status: "EXPIRED", lastEventAt: new Date() } });
  await expireBooking(tx, bookingId, "checkout_expired");
}
