import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { activeProvider, providerFor } from "./providers";
import type { CheckoutRequest, CheckoutSession } from "./types";

/**
 * The checkout for a booking: at most one session per booking, whatever the
 * retries (the provider call carries an idempotency key, and an existing
 * session is returned as it is).
 */
export async function createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
  const existing = await db.payment.findUnique({ where: { bookingId: request.bookingId } });
  if (existing?.checkoutSessionId && existing.checkoutUrl) {
    return {
      provider: existing.provider,
      checkoutSessionId: existing.checkoutSessionId,
      checkoutUrl: existing.checkoutUrl,
      expiresAt: existing.expiresAt ?? request.expiresAt,
    };
  }
  const provider = activeProvider();
  const back = `${appUrl()}/bookings/${request.bookingId}`;
  let session: CheckoutSession;
  try {
    session = await provider.createSession(request, `${back}?checkout=success`, `${back}?checkout=cancelled`);
  } catch (error) {
    logger.error({ err: error, bookingId: request.bookingId }, "checkout session creation failed");
    metrics.payments.inc({ outcome: "provider_error" });
    throw new AppError(
      "payment_provider_error",
      "We couldn't reach the payment provider. Please try again in a moment.",
      { cause: error, internal: error instanceof Error ? error.message : String(error) },
    );
  }
  const amountCents = request.lineItems.reduce((sum, item) => sum + item.unitAmountCents * item.quantity, 0);
  await db.payment.upsert({
    where: { bookingId: request.bookingId },
    create: {
      bookingId: request.bookingId,
      provider: provider.name,
      checkoutSessionId: session.checkoutSessionId,
      checkoutUrl: session.checkoutUrl,
      amountCents,
      currency: request.currency,
      expiresAt: session.expiresAt,
    },
    update: {
      checkoutSessionId: session.checkoutSessionId,
      checkoutUrl: session.checkoutUrl,
      expiresAt: session.expiresAt,
    },
  });
  metrics.payments.inc({ outcome: "checkout_created" });
  return session;
}

/** Closes a booking's checkout when its hold ran out first, so nobody pays for seats already released. */
export async function expireCheckout(bookingId: string): Promise<void> {
  const payment = await db.payment.findUnique({ where: { bookingId } });
  if (!payment?.checkoutSessionId || payment.status !== "PENDING") return;
  try {
    await providerFor(payment.provider).expireSession(payment.checkoutSessionId);
  } catch (error) {
    // The session expires on its own at Stripe; a late payment is then refunded.
    logger.warn({ err: error, bookingId }, "could not expire a checkout session");
  }
}

export async function getPaymentForBooking(bookingId: string) {
  return db.payment.findUnique({ where: { bookingId } });
}

export async function getPaymentsForBookings(bookingIds: string[]) {
  return db.payment.findMany({ where: { bookingId: { in: bookingIds } } });
}
