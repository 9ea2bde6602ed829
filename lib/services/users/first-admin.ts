import "server-only";
// The first administrator of a real installation, made from the command line
// (`npm run admin:create`), never from a published demo password.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normalizeEmail, weakPassword } from "./accounts";
import { recordAudit } from "./audit";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";

export async function findAccount(emailInput: string) {
  return db.user.findUnique({
    where: { email: normalizeEmail(emailInput) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** A new ADMIN account with a confirmed address (whoever runs the command vouches for it). */
export async function createAdmin(input: { email: string; name: string; password: string }) {
  const email = normalizeEmail(input.email);
  const problem = await passwordProblem(input.password, email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AppError("conflict", `${email} already has an account: add --promote to make it an administrator.`);
    }
    const user = await tx.user.create({
      data: { email, name: input.name.trim(), passwordHash, role: "ADMIN", emailVerifiedAt: new Date() },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, { actorId: null, action: "user.create_admin", entityType: "user", entityId: user.id });
    return user;
  });
}

/** Makes an existing account an ADMIN; its sessions end, so it signs in again with the new role. */
export async function promoteToAdmin(emailInput: string) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { email: normalizeEmail(emailInput) },
      data: { role: "ADMIN", tokenVersion: { increment: 1 } },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, { actorId: null, action: "user.promote_admin", entityType: "user", entityId: user.id });
    return user;
  });
}
