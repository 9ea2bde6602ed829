import "server-only";
import type { PaymentProvider } from "./types";
import { stripe } from "./stripe-client";

// Stripe keeps a Checkout Session open at least 30 minutes.
const STRIPE_MIN_SESSION_MS = 31 * 60_000;

export const stripeProvider: PaymentProvider = {
  name: "STRIPE",

  async createSession(request, successUrl, cancelUrl) {
    const expiresAt = new Date(Math.max(request.expiresAt.getTime(), Date.now() + STRIPE_MIN_SESSION_MS));
    const session = await stripe().checkout.sessions.create(
      {
        mode: "payment",
        line_items: request.lineItems.map((item) => ({
          quantity: item.quantity,
          price_data: {
            currency: request.currency.toLowerCase(),
            unit_amount: item.unitAmountCents,
            product_data: { name: item.name, metadata: { seatType: item.seatType } },
          },
        })),
        customer_email: request.customerEmail,
        client_reference_id: request.bookingId,
        metadata: { bookingId: request.bookingId, reference: request.reference },
        payment_intent_data: { metadata: { bookingId: request.bookingId, reference: request.reference } },
        success_url: successUrl,
        cancel_url: cancelUrl,
        expires_at: Math.floor(expiresAt.getTime() / 1000),
      },
      { idempotencyKey: `checkout-${request.bookingId}` },
    );
    return { provider: "STRIPE", checkoutSessionId: session.id, checkoutUrl: session.url!, expiresAt };
  },

  async expireSession(sessionId) {
    const session = await stripe().checkout.sessions.retrieve(sessionId);
    if (session.status === "open") await stripe().checkout.sessions.expire(sessionId);
  },

  async refund({ paymentIntentId, amountCents, idempotencyKey, bookingId }) {
    const refund = await stripe().refunds.create(
      { payment_intent: paymentIntentId, amount: amountCents, metadata: { bookingId } },
      { idempotencyKey },
    );
    return { refundId: refund.id };
  },

  async retrieveSession(sessionId) {
    const session = await stripe().checkout.sessions.retrieve(sessionId);
    const intent = session.payment_intent;
    return {
      status: session.status ?? "open",
      paymentStatus: session.payment_status,
      paymentIntentId: typeof intent === "string" ? intent : (intent?.id ?? null),
      amountTotal: session.amount_total,
      currency: session.currency,
    };
  },
};
