import "server-only";
// Stripe-shaped events from the built-in test provider, signed with the
// webhook secret and delivered over HTTP to the app's own webhook route: the
// same door Stripe uses, so nothing after the webhook knows the difference.
import { randomBytes } from "node:crypto";
import { appUrl, webhookSecret } from "@/lib/env";
import { logger } from "@/lib/logger";
import { stripe } from "./stripe-client";

export function testId(prefix: string): string {
  return `${prefix}_test_${randomBytes(12).toString("hex")}`;
}

export function buildEvent(type: string, object: Record<string, unknown>) {
  return {
    id: testId("evt"),
    object: "event",
    api_version: "2025-01-27.acacia",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

export function signPayload(payload: string): string {
  return stripe().webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
}

/** Delivers an event and waits for the answer; throws when the app refuses it. */
export async function deliverEvent(event: ReturnType<typeof buildEvent>): Promise<void> {
  const payload = JSON.stringify(event);
  const response = await fetch(`${appUrl()}/api/payments/webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signPayload(payload) },
    body: payload,
  });
  if (!response.ok) throw new Error(`The webhook answered ${response.status} to ${event.type}`);
}

/**
 * Delivers an event after the caller's transaction has committed, retrying
 * like Stripe does: used where the caller still holds row locks the webhook
 * would wait for.
 */
export function deliverEventLater(event: ReturnType<typeof buildEvent>, attempt = 1): void {
  setTimeout(
    () => {
      deliverEvent(event).catch((error) => {
        if (attempt >= 6) {
          logger.error({ err: error, type: event.type }, "test provider gave up delivering an event");
          return;
        }
        deliverEventLater(event, attempt + 1);
      });
    },
    200 * 2 ** attempt,
  ).unref?.();
}
