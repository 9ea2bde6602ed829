import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "./password";

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  phone: string | null;
  emailOptIn: boolean;
  smsOptIn: boolean;
  /** The owner has confirmed the address; tickets wait until then. */
  emailVerified: boolean;
}

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  phone: true,
  emailOptIn: true,
  smsOptIn: true,
  emailVerifiedAt: true,
} as const;

function toPublic({ emailVerifiedAt, ...user }: Omit<PublicUser, "emailVerified"> & { emailVerifiedAt: Date | null }) {
  return { ...user, emailVerified: emailVerifiedAt !== null };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function weakPassword(problem: string): AppError {
  return new AppError("validation_failed", problem, { extra: { errors: [{ path: "password", message: problem }] } });
}

/**
 * The user behind an e-mail and password, or an invalid_credentials error.
 * Every path costs one scrypt at today's parameters or more, so the answer's
 * timing does not tell whether the address has an account; a hash with
 * older parameters is replaced on a successful sign-in.
 */
export async function verifyCredentials(emailInput: string, password: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(emailInput) } });
  const stored = user?.passwordHash ?? DUMMY_HASH;
  const valid = await verifyPassword(password, stored);
  const outdated = needsRehash(stored);
  if (!user || !valid) {
    // An old, cheaper hash would answer faster than an unknown address does.
    if (outdated) await verifyPassword(password, DUMMY_HASH);
    throw new AppError("invalid_credentials", "The e-mail address or password is wrong.");
  }
  if (user.disabledAt) throw new AppError("account_disabled", "This account has been disabled. Contact the cinema.");
  if (outdated) {
    // Conditional on the old hash, so a password changed meanwhile is not overwritten.
    await db.user.updateMany({
      where: { id: user.id, passwordHash: stored },
      data: { passwordHash: await hashPassword(password) },
    });
  }
  return user;
}

export async function getUserById(id: string): Promise<PublicUser> {
  const user = await db.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!user) throw notFound("The user");
  return toPublic(user);
}

export async function updateProfile(
  id: string,
  input: { name?: string; phone?: string | null; emailOptIn?: boolean; smsOptIn?: boolean },
): Promise<PublicUser> {
  return toPublic(await db.user.update({ where: { id }, data: input, select: PUBLIC_FIELDS }));
}
