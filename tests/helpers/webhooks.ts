// Signed Stripe-shaped webhook deliveries for tests, through the real route.
import { randomUUID } from "node:crypto";
import Stripe from "stripe";
import { POST as webhook } from "@/app/api/payments/webhook/route";
import { webhookSecret } from "@/lib/env";

const signer = new Stripe("sk_test_signing_only");

export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  id = `evt_${randomUUID().replace(/-/g, "")}`,
) {
  return { id, object: "event", type, created: Math.floor(Date.now() / 1000), livemode: false, data: { object } };
}

/** A Checkout Session as Stripe reports it for the booking's payment: its id, amount and currency. */
export function sessionFor(
  booking: { id: string; amountCents: number; currency: string },
  sessionId: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id: sessionId,
    object: "checkout.session",
    amount_total: booking.amountCents,
    currency: booking.currency.toLowerCase(),
    client_reference_id: booking.id,
    metadata: { bookingId: booking.id },
    payment_status: "paid",
    status: "complete",
    payment_intent: `pi_${randomUUID().replace(/-/g, "")}`,
    ...extra,
  };
}

export function deliver(event: object, options: { secret?: string; signature?: string | null } = {}) {
  const payload = JSON.stringify(event);
  const signature =
    options.signature === undefined
      ? signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? webhookSecret() })
      : options.signature;
  return webhook(
    new Request("http://localhost:3000/api/payments/webhook", {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      body: payload,
    }),
  );
}
