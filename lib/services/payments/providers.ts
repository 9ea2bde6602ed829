import "server-only";
import { env } from "@/lib/env";
import { stripeProvider } from "./stripe-provider";
import { testProvider } from "./test-provider";
import type { PaymentProvider } from "./types";

/** Stripe when a secret key is configured, else the built-in test provider. */
export function activeProvider(): PaymentProvider {
  return env.STRIPE_SECRET_KEY ? stripeProvider : testProvider;
}

export function providerFor(name: "STRIPE" | "TEST"): PaymentProvider {
  return name === "STRIPE" ? stripeProvider : testProvider;
}
