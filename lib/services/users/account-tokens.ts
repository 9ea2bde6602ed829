import "server-only";
// The single-use links sent by e-mail: 256 random bits, of which only the
// SHA-256 is stored, so a copy of the database opens no account. A token is
// claimed by one conditional UPDATE: of two concurrent uses, one wins.
import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";

export const TOKEN_MINUTES: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 30,
  EMAIL_VERIFICATION: 3 * 24 * 60,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token for the user and address; earlier unused ones of the same purpose stop working. */
export async function issueAccountToken(
  client: DbOrTx,
  purpose: AccountTokenPurpose,
  user: { id: string; email: string },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await client.accountToken.updateMany({
    where: { userId: user.id, purpose, usedAt: null },
    data: { usedAt: now },
  });
  await client.accountToken.create({
    data: {
      userId: user.id,
      purpose,
      email: user.email,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_MINUTES[purpose] * 60_000),
    },
  });
  return token;
}

/** The address a valid token was sent to, without using it up; null when it is unknown, used or expired. */
export async function peekAccountToken(client: DbOrTx, purpose: AccountTokenPurpose, token: string) {
  return client.accountToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
    select: { userId: true, email: true },
  });
}

/** Uses up a valid token and returns whom it was for, or null when it is unknown, used or expired. */
export async function claimAccountToken(client: DbOrTx, purpose: AccountTokenPurpose, token: string) {
  const now = new Date();
  const claimed = await client.accountToken.updateManyAndReturn({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true, email: true },
  });
  return claimed[0] ?? null;
}

export const invalidLink = () =>
  new AppError("invalid_token", "This link is invalid, expired or was already used. Ask for a new one.");
