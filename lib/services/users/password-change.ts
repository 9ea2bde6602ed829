import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { consume, LIMITS } from "@/lib/gateway/rate-limit";
import { weakPassword } from "./accounts";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { revokeAllSessions } from "./sessions";
import { standingChanged } from "./standing";

/**
 * Changes the password and bumps the token version, which ends every other
 * session and access token; refresh tokens are revoked too. Attempts are
 * limited per account, so a borrowed session can't guess the current
 * password at leisure.
 */
export async function changePassword(id: string, currentPassword: string, newPassword: string) {
  await consume(LIMITS.passwordChangePerAccount, id);
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw notFound("The user");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("invalid_credentials", "Your current password is wrong.");
  }
  const problem = await passwordProblem(newPassword, user.email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(newPassword);
  const changed = await db.$transaction((tx) => replacePassword(tx, id, passwordHash));
  await passwordReplaced(id);
  return changed;
}

/**
 * Stores a new hash and ends every access token and refresh token of the
 * user; call passwordReplaced after the transaction commits.
 */
export async function replacePassword(tx: Tx, id: string, passwordHash: string) {
  const user = await tx.user.update({
    where: { id },
    data: { passwordHash, tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  await tx.refreshToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
  return user;
}

/** Ends every session of the user, and makes this instance forget the old standing at once. */
export async function passwordReplaced(id: string): Promise<void> {
  standingChanged({ userId: id });
  await revokeAllSessions(id);
}
