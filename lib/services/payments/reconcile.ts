import "server-only";
// When a webhook never comes, ask the provider: a checkout that should have
// ended is settled or expired as its event would have done.
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { BookingHandlers } from "./booking-handlers";
import { providerFor } from "./providers";
import { processEvent } from "./webhook/handle-webhook";

export async function reconcileStaleCheckouts(
  bookings: BookingHandlers,
  olderThanMinutes = 5,
  limit = 50,
): Promise<number> {
  const stale = await db.payment.findMany({
    where: {
      status: "PENDING",
      expiresAt: { lt: new Date(Date.now() - olderThanMinutes * 60_000) },
      checkoutSessionId: { not: null },
    },
    take: limit,
    orderBy: { expiresAt: "asc" },
  });
  let settled = 0;
  for (const payment of stale) {
    try {
      const session = await providerFor(payment.provider).retrieveSession(payment.checkoutSessionId!);
      const object = {
        id: payment.checkoutSessionId,
        client_reference_id: payment.bookingId,
        metadata: { bookingId: payment.bookingId },
        payment_status: session.paymentStatus,
        payment_intent: session.paymentIntentId,
        amount_total: session.amountTotal,
        currency: session.currency,
      };
      // Synthetic ids: reconciliation of one session in one state counts once too.
      if (session.paymentStatus === "paid") {
        await processEvent(
          {
            id: `reconcile_${payment.checkoutSessionId}_paid`,
            type: "checkout.session.completed",
            data: { object },
          },
          bookings,
        );
        settled++;
      } else if (session.status === "expired" || session.status === "open") {
        if (session.status === "open") await providerFor(payment.provider).expireSession(payment.checkoutSessionId!);
        await processEvent(
          {
            id: `reconcile_${payment.checkoutSessionId}_expired`,
            type: "checkout.session.expired",
            data: { object },
          },
          bookings,
        );
        settled++;
      }
    } catch (error) {
      logger.warn({ err: error, bookingId: payment.bookingId }, "reconciliation of a checkout failed");
    }
  }
  return settled;
}
