import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { consume, LIMITS } from "@/lib/gateway/rate-limit";
import { weakPassword } from "./accounts";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";

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
  return db.$transaction((tx) => replacePassword(tx, id, passwordHash));
}

/** Stores a new hash and ends every session, access token and refresh token of the user. */
export async function replacePassword(tx: Tx, id: string, passwordHash: string) {
  const user = await tx.user.update({
    where: { id },
    data: { passwordHash, tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  await tx.refreshToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } });
  return user;
}
