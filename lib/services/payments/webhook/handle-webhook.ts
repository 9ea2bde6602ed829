import "server-only";
// Stripe's signed events. The event id is recorded in the same transaction as
// its effect, so however often Stripe delivers it, it counts once; a failure
// rolls both back and Stripe's retry does the work. What the effect needs
// from other services is read before the transaction opens, and network
// calls (refunds) run after it commits.
import type Stripe from "stripe";
import { db } from "@/lib/db";
import { webhookSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import type { BookingHandlers } from "../booking-handlers";
import { stripe } from "../stripe-client";
import { onAsyncPaymentSucceeded, onCheckoutSessionCompleted } from "./checkout-session-completed";
import { onAsyncPaymentFailed, onCheckoutSessionExpired } from "./checkout-session-failed";
import { onChargeRefunded } from "./charge-refunded";
import type { EventHandler, HandlerOutcome } from "./shared";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler narrows its own object
const HANDLERS: Record<string, EventHandler<any>> = {
  "checkout.session.completed": onCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": onAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": onAsyncPaymentFailed,
  "checkout.session.expired": onCheckoutSessionExpired,
  "charge.refunded": onChargeRefunded,
};

export type WebhookOutcome = HandlerOutcome | "duplicate" | "ignored";

export function verifyEvent(rawBody: string, signature: string | null): Stripe.Event {
  const secret = webhookSecret();
  try {
    if (!signature) throw new AppError("invalid_signature", "The Stripe-Signature header is missing.");
    return stripe().webhooks.constructEvent(rawBody, signature, secret);
  } catch (error) {
    // Someone is sending us payment events we did not sign: worth a look.
    logger.warn({ event: "security", kind: "webhook_bad_signature" }, "webhook refused: bad or missing signature");
    metrics.webhooks.inc({ type: "unverified", outcome: "bad_signature" });
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_signature", "The webhook signature does not match this payload.");
  }
}

function counted(type: string, outcome: WebhookOutcome): WebhookOutcome {
  metrics.webhooks.inc({ type, outcome });
  return outcome;
}

export async function processEvent(
  event: { id: string; type: string; data: { object: unknown } },
  bookings: BookingHandlers,
): Promise<WebhookOutcome> {
  const handler = HANDLERS[event.type];
  // A redelivery of an event already processed needs no reads at all.
  if (await db.webhookEvent.findUnique({ where: { id: event.id }, select: { id: true } }))
    return counted(event.type, "duplicate");
  const bookingId = handler ? await handler.bookingOf(event.data.object) : null;
  const booking = bookingId ? await bookings.load(bookingId) : null;
  const afterCommit: (() => Promise<void>)[] = [];
  const outcome = await db.$transaction(
    async (tx): Promise<WebhookOutcome> => {
      const recorded = await tx.$executeRaw`
        INSERT INTO "payments"."webhook_events" (id, type, payload, processed_at)
        VALUES (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, now())
        ON CONFLICT (id) DO NOTHING`;
      if (recorded === 0) return "duplicate";
      const outcome = handler
        ? await handler.handle(tx, event.data.object, {
            bookings,
            bookingId,
            booking,
            afterCommit: (task) => afterCommit.push(task),
          })
        : "ignored";
      await tx.webhookEvent.update({ where: { id: event.id }, data: { outcome } });
      return outcome;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  for (const task of afterCommit) await task();
  return counted(event.type, outcome);
}

export async function handleWebhook(
  rawBody: string,
  signature: string | null,
  bookings: BookingHandlers,
): Promise<WebhookOutcome> {
  return processEvent(verifyEvent(rawBody, signature), bookings);
}
