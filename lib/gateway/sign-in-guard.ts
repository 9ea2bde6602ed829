import "server-only";
// Password guessing is limited per address and per account before any
// password is hashed (a hash costs real CPU), on every way in: the sign-in
// form and Auth.js's callback (lib/auth/auth.ts) and the token endpoint.
import { createHash } from "node:crypto";
import { logger } from "@/lib/logger";
import { normalizeEmail } from "@/lib/services/users";
import { consume, LIMITS } from "./rate-limit";

export async function guardSignIn(email: string, address: string): Promise<void> {
  await consume(LIMITS.signInPerIp, address);
  await consume(LIMITS.signInPerAccount, normalizeEmail(email));
}

/** A security event for the logs: which account (hashed, so logs hold no addresses) from where, and why. */
export function signInFailed(email: string, address: string, reason: string): void {
  const account = createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 16);
  logger.warn({ event: "security", kind: "sign_in_failed", account, address, reason }, "sign-in refused");
}
