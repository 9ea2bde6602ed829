import type { SeatType } from "@/lib/generated/prisma/enums";

export interface CheckoutLineItem {
  name: string;
  seatType: SeatType;
  unitAmountCents: number;
  quantity: number;
}

export interface CheckoutRequest {
  bookingId: string;
  reference: string;
  customerEmail: string;
  currency: string;
  lineItems: CheckoutLineItem[];
  /** When the seats' hold ends; the session should not outlive it by much. */
  expiresAt: Date;
}

export interface CheckoutSession {
  provider: "STRIPE" | "TEST";
  checkoutSessionId: string;
  checkoutUrl: string;
  expiresAt: Date;
}

/** What the app needs from a payment provider; Stripe and the built-in test provider both give it. */
export interface PaymentProvider {
  name: "STRIPE" | "TEST";
  createSession(request: CheckoutRequest, successUrl: string, cancelUrl: string): Promise<CheckoutSession>;
  expireSession(sessionId: string): Promise<void>;
  /** Refunds `amountCents` of a payment; `idempotencyKey` makes a retry safe. */
  refund(input: {
    paymentIntentId: string;
    amountCents: number;
    idempotencyKey: string;
    bookingId: string;
    /** The whole charge and what was refunded before, as a charge event reports them. */
    chargeAmountCents: number;
    refundedBeforeCents: number;
  }): Promise<{ refundId: string }>;
  /** The session's state, for reconciliation when a webhook never came. */
  retrieveSession(sessionId: string): Promise<{
    status: string;
    paymentStatus: string;
    paymentIntentId: string | null;
    amountTotal: number | null;
    currency: string | null;
  }>;
}
