import "server-only";
// Proving that an address belongs to its account: a single-use link by
// e-mail. Until then the account works, but its tickets wait in the outbox
// (WAITING), and e-mails to it carry nothing the person who signed up chose.
import { randomUUID } from "node:crypto";
import { db, type DbOrTx, type Tx } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { consume, LIMITS } from "@/lib/gateway/rate-limit";
import { queueMessage } from "@/lib/services/notifications";
import { releaseWaitingMessages } from "@/lib/services/notifications/queue";
import { claimAccountToken, invalidLink, issueAccountToken, TOKEN_MINUTES } from "./account-tokens";

/** Queues a confirmation link to the user's address; pass the transaction that creates or changes the account. */
export async function sendVerificationEmail(client: DbOrTx, user: { id: string; email: string }): Promise<void> {
  const token = await issueAccountToken(client, "EMAIL_VERIFICATION", user);
  await queueMessage(client, {
    template: "verify-email",
    recipient: user.email,
    props: {
      verifyUrl: `${appUrl()}/verify-email?token=${token}`,
      expiresInHours: TOKEN_MINUTES.EMAIL_VERIFICATION / 60,
    },
    dedupeKey: `verify-email:${randomUUID()}`,
  });
}

/** Sends a new confirmation link to a signed-in user who has not confirmed yet (limited per account). */
export async function resendVerificationEmail(userId: string): Promise<"sent" | "already_verified"> {
  await consume(LIMITS.verificationPerAccount, userId);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("The user");
    if (user.emailVerifiedAt) return "already_verified";
    await sendVerificationEmail(tx, user);
    return "sent";
  });
}

/**
 * Marks the address as the owner's and, in the same transaction, releases
 * what waited for it (tickets). The first confirmation also brings the
 * welcome e-mail, which may now carry the name the owner chose.
 */
export async function markEmailVerified(tx: Tx, user: { id: string; email: string; name: string }): Promise<void> {
  const first = await tx.user.updateMany({
    where: { id: user.id, email: user.email, emailVerifiedAt: null },
    data: { emailVerifiedAt: new Date() },
  });
  await releaseWaitingMessages(tx, user.email);
  if (first.count === 0) return;
  await queueMessage(tx, {
    template: "welcome",
    recipient: user.email,
    props: { name: user.name, browseUrl: `${appUrl()}/` },
    dedupeKey: `welcome:${user.id}`,
  });
}

/** Confirms the address a link was sent to; the link works once. */
export async function verifyEmail(token: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const claimed = await claimAccountToken(tx, "EMAIL_VERIFICATION", token);
    if (!claimed) throw invalidLink();
    const user = await tx.user.findUnique({ where: { id: claimed.userId } });
    // The link proves the address it went to, not one the account has since moved to.
    if (!user || user.email !== claimed.email) throw invalidLink();
    await markEmailVerified(tx, user);
  });
}
