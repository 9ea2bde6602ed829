import "server-only";
// Forgotten passwords: a single-use link by e-mail, valid for 30 minutes.
// Asking answers at once and alike for every address; the lookup, the token
// and the e-mail happen after the answer, so neither its content nor its
// timing tells whether the address has an account.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { logger } from "@/lib/logger";
import { queueMessage } from "@/lib/services/notifications";
import { normalizeEmail, weakPassword } from "./accounts";
import { claimAccountToken, invalidLink, issueAccountToken, peekAccountToken, TOKEN_MINUTES } from "./account-tokens";
import { markEmailVerified } from "./email-verification";
import { hashPassword } from "./password";
import { passwordReplaced, replacePassword } from "./password-change";
import { passwordProblem } from "./password-policy";

async function mailResetLink(email: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email } });
    if (!user || user.disabledAt) return;
    const token = await issueAccountToken(tx, "PASSWORD_RESET", user);
    await queueMessage(tx, {
      template: "password-reset",
      recipient: user.email,
      props: {
        resetUrl: `${appUrl()}/reset-password?token=${token}`,
        expiresInMinutes: TOKEN_MINUTES.PASSWORD_RESET,
      },
      dedupeKey: `password-reset:${randomUUID()}`,
    });
  });
}

/** Starts sending a reset link to the address, if it has an account, and returns without waiting. */
export function requestPasswordReset(emailInput: string): void {
  mailResetLink(normalizeEmail(emailInput)).catch((error: unknown) =>
    logger.error({ err: error }, "could not queue a password reset e-mail"),
  );
}

/**
 * Sets a new password with a reset link. The link works once (claimed in the
 * transaction that changes the password) and ends every session and token;
 * it also proves the address, which releases tickets waiting for it.
 */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  // Look before claiming, so that a refused password does not use up the link.
  const pending = await peekAccountToken(db, "PASSWORD_RESET", token);
  if (!pending) throw invalidLink();
  const problem = await passwordProblem(newPassword, pending.email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(newPassword);
  const userId = await db.$transaction(async (tx) => {
    const claimed = await claimAccountToken(tx, "PASSWORD_RESET", token);
    if (!claimed) throw invalidLink();
    const user = await tx.user.findUnique({ where: { id: claimed.userId } });
    if (!user || user.email !== claimed.email || user.disabledAt) throw invalidLink();
    await replacePassword(tx, user.id, passwordHash);
    await markEmailVerified(tx, user);
    return user.id;
  });
  await passwordReplaced(userId);
}
