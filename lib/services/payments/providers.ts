import "server-only";
import { paymentsMode } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { stripeProvider } from "./stripe-provider";
import { testProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

export const salesClosed = () =>
  new AppError("sales_closed", "Online sales are closed: this installation has no payment provider configured.");

/** The provider new checkouts go to: Stripe, the built-in test provider when asked for, or none (sales closed). */
export function activeProvider(): PaymentProvider {
  const mode = paymentsMode();
  if (mode === "closed") throw salesClosed();
  return mode === "stripe" ? stripeProvider : testProvider;
}

/** The provider an existing payment went through, for its refunds and expiry. */
export function providerFor(name: "STRIPE" | "TEST"): PaymentProvider {
  return name === "STRIPE" ? stripeProvider : testProvider;
}
