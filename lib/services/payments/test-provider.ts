import "server-only";
// The built-in payment provider used when no STRIPE_SECRET_KEY is set: a
// checkout page inside the app that takes Stripe's test cards. No money moves.
import { db } from "@/lib/db";
import { appUrl, paymentsMode } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import type { PaymentProvider } from "./types";
import { buildEvent, deliverEvent, deliverEventLater, testId } from "./test-events";

export const testProvider: PaymentProvider = {
  name: "TEST",

  async createSession(request, successUrl, cancelUrl) {
    const idempotencyKey = `checkout-${request.bookingId}`;
    const existing = await db.testCheckoutSession.findUnique({ where: { idempotencyKey } });
    const session =
      existing ??
      (await db.testCheckoutSession.create({
        data: {
          id: testId("cs"),
          bookingId: request.bookingId,
          amountCents: request.lineItems.reduce((sum, item) => sum + item.unitAmountCents * item.quantity, 0),
          currency: request.currency,
          customerEmail: request.customerEmail,
          lineItems: request.lineItems.map((item) => ({ ...item })),
          successUrl,
          cancelUrl,
          expiresAt: request.expiresAt,
          idempotencyKey,
        },
      }));
    return {
      provider: "TEST",
      checkoutSessionId: session.id,
      checkoutUrl: `${appUrl()}/pay/test/${session.id}`,
      expiresAt: session.expiresAt,
    };
  },

  async expireSession(sessionId) {
    const expired = await db.testCheckoutSession.updateMany({
      where: { id: sessionId, status: "open" },
      data: { status: "expired" },
    });
    if (expired.count === 0) return;
    const session = await db.testCheckoutSession.findUniqueOrThrow({ where: { id: sessionId } });
    deliverEventLater(buildEvent("checkout.session.expired", sessionObject(session)));
  },

  async refund({ paymentIntentId, amountCents, idempotencyKey, bookingId, chargeAmountCents, refundedBeforeCents }) {
    const refundId = `re_test_${idempotencyKey.replace(/[^a-zA-Z0-9]/g, "").slice(-24)}`;
    const refunded = Math.min(chargeAmountCents, refundedBeforeCents + amountCents);
    deliverEventLater(
      buildEvent("charge.refunded", {
        id: `ch_${paymentIntentId.replace(/^pi_/, "")}`,
        object: "charge",
        amount: chargeAmountCents,
        amount_refunded: refunded,
        payment_intent: paymentIntentId,
        refunded: refunded >= chargeAmountCents,
        metadata: { bookingId },
      }),
    );
    return { refundId };
  },

  async retrieveSession(sessionId) {
    const session = await db.testCheckoutSession.findUnique({ where: { id: sessionId } });
    if (!session) throw notFound("The test checkout session");
    return {
      status: session.status,
      paymentStatus: session.paymentStatus,
      paymentIntentId: session.paymentIntentId,
      amountTotal: session.amountCents,
      currency: session.currency.toLowerCase(),
    };
  },
};

type TestSession = NonNullable<Awaited<ReturnType<typeof db.testCheckoutSession.findUnique>>>;

export function sessionObject(session: TestSession) {
  return {
    id: session.id,
    object: "checkout.session",
    mode: "payment",
    amount_total: session.amountCents,
    currency: session.currency.toLowerCase(),
    client_reference_id: session.bookingId,
    customer_email: session.customerEmail,
    metadata: { bookingId: session.bookingId },
    payment_intent: session.paymentIntentId,
    payment_status: session.paymentStatus,
    status: session.status,
    expires_at: Math.floor(session.expiresAt.getTime() / 1000),
    success_url: session.successUrl,
    cancel_url: session.cancelUrl,
  };
}

/**
 * A test checkout session, for its pay page. Only while the test provider is
 * the active one: a session left over from before Stripe keys were set is
 * no longer payable (nor shown).
 */
export async function getTestSession(sessionId: string) {
  if (paymentsMode() !== "test") throw notFound("The checkout session");
  const session = await db.testCheckoutSession.findUnique({ where: { id: sessionId } });
  if (!session) throw notFound("The checkout session");
  return session;
}

// Stripe's documented test cards.
const TEST_CARDS: Record<string, "succeeds" | "card_declined" | "insufficient_funds"> = {
  "4242424242424242": "succeeds",
  "5555555555554444": "succeeds",
  "4000000000000002": "card_declined",
  "4000000000009995": "insufficient_funds",
};

function luhnValid(number: string): boolean {
  let sum = 0;
  [...number].reverse().forEach((digit, i) => {
    let n = Number(digit);
    if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
    sum += n;
  });
  return sum % 10 === 0;
}

export type TestPaymentOutcome = { paid: true; successUrl: string } | { paid: false; message: string };

/** Pays a test session with a test card and tells the webhook, as Stripe would. */
export async function payTestSession(
  sessionId: string,
  cardNumber: string,
  now = new Date(),
): Promise<TestPaymentOutcome> {
  const number = cardNumber.replace(/[\s-]/g, "");
  const session = await getTestSession(sessionId);
  if (session.status === "complete") return { paid: true, successUrl: session.successUrl };
  if (session.status === "expired" || session.expiresAt <= now) {
    throw new AppError(
      "hold_expired",
      "This checkout has expired and your seats were released. Please pick your seats again.",
    );
  }
  if (!/^\d{12,19}$/.test(number) || !luhnValid(number))
    return { paid: false, message: "Your card number is incorrect." };
  const outcome = TEST_CARDS[number];
  if (!outcome) return { paid: false, message: "Use one of Stripe's test cards, such as 4242 4242 4242 4242." };
  if (outcome === "card_declined") return { paid: false, message: "Your card was declined." };
  if (outcome === "insufficient_funds") return { paid: false, message: "Your card has insufficient funds." };
  const paymentIntentId = testId("pi");
  const claimed = await db.testCheckoutSession.updateMany({
    where: { id: sessionId, status: "open" },
    data: { status: "complete", paymentStatus: "paid", paymentIntentId },
  });
  const completed = await getTestSession(sessionId);
  if (claimed.count === 1) await deliverEvent(buildEvent("checkout.session.completed", sessionObject(completed)));
  return { paid: true, successUrl: completed.successUrl };
}
