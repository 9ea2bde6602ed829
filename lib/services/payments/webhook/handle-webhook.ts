import "server-only";
// Stripe's signed events. The event id is recorded in the same transaction as
// its effect, so however often Stripe delivers it, it counts once; a failure
// rolls both back and Stripe's retry does the work.
import type Stripe from "stripe";
import { db, type Tx } from "@/lib/db";
import { webhookSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { metrics } from "@/lib/metrics";
import { stripe } from "../stripe-client";
import { onAsyncPaymentSucceeded, onCheckoutSessionCompleted } from "./checkout-session-completed";
import { onAsyncPaymentFailed, onCheckoutSessionExpired } from "./checkout-session-failed";
import { onChargeRefunded } from "./charge-refunded";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler narrows its own object
type Handler = (tx: Tx, object: any) => Promise<void>;

const HANDLERS: Record<string, Handler> = {
  "checkout.session.completed": onCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": onAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": onAsyncPaymentFailed,
  "checkout.session.expired": onCheckoutSessionExpired,
  "charge.refunded": onChargeRefunded,
};

export type WebhookOutcome = "processed" | "duplicate" | "ignored";

export function verifyEvent(rawBody: string, signature: string | null): Stripe.Event {
  if (!signature) throw new AppError("invalid_signature", "The Stripe-Signature header is missing.");
  try {
    return stripe().webhooks.constructEvent(rawBody, signature, webhookSecret());
  } catch {
    throw new AppError("invalid_signature", "The webhook signature does not match this payload.");
  }
}

export async function processEvent(event: {
  id: string;
  type: string;
  data: { object: unknown };
}): Promise<WebhookOutcome> {
  const handler = HANDLERS[event.type];
  const outcome = await db.$transaction(
    async (tx) => {
      const recorded = await tx.$executeRaw`
        INSERT INTO "payments"."webhook_events" (id, type, payload, processed_at)
        VALUES (${event.id}, ${event.type}, ${JSON.stringify(event)}::jsonb, now())
        ON CONFLICT (id) DO NOTHING`;
      if (recorded === 0) return "duplicate" as const;
      if (!handler) return "ignored" as const;
      await handler(tx, event.data.object);
      return "processed" as const;
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
  metrics.webhooks.inc({ type: event.type, outcome });
  return outcome;
}

export async function handleWebhook(rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  return processEvent(verifyEvent(rawBody, signature));
}
