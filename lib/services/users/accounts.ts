import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { queueMessage } from "@/lib/services/notifications";
import { hashPassword, verifyPassword } from "./password";
import { passwordProblem } from "./password-policy";

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  phone: string | null;
  emailOptIn: boolean;
  smsOptIn: boolean;
}

const PUBLIC_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  phone: true,
  emailOptIn: true,
  smsOptIn: true,
} as const;

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

function weakPassword(problem: string): AppError {
  return new AppError("validation_failed", problem, { extra: { errors: [{ path: "password", message: problem }] } });
}

export async function createUser(input: {
  email: string;
  password: string;
  name: string;
  role?: Role;
}): Promise<PublicUser> {
  const email = normalizeEmail(input.email);
  const problem = passwordProblem(input.password, email);
  if (problem) throw weakPassword(problem);
  try {
    const passwordHash = await hashPassword(input.password);
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name.trim(), passwordHash, role: input.role ?? "CUSTOMER" },
        select: PUBLIC_FIELDS,
      });
      await queueMessage(tx, {
        template: "welcome",
        recipient: email,
        props: { name: user.name, browseUrl: `${appUrl()}/` },
        dedupeKey: `welcome:${user.id}`,
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("email_taken", "An account with this e-mail address already exists. Sign in instead.");
    }
    throw error;
  }
}

// Compared against when the e-mail is unknown, so that both paths take as long.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** The user behind an e-mail and password, or an invalid_credentials error. */
export async function verifyCredentials(emailInput: string, password: string) {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(emailInput) } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) throw new AppError("invalid_credentials", "The e-mail address or password is wrong.");
  if (user.disabledAt) throw new AppError("account_disabled", "This account has been disabled. Contact the cinema.");
  return user;
}

export async function getUserById(id: string): Promise<PublicUser> {
  const user = await db.user.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!user) throw notFound("The user");
  return user;
}

/** What the gateway needs to trust a credential: is the user still active at this token version? */
export async function getUserAuthState(id: string) {
  return db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, tokenVersion: true, disabledAt: true },
  });
}

export async function updateProfile(
  id: string,
  input: { name?: string; phone?: string | null; emailOptIn?: boolean; smsOptIn?: boolean },
) {
  return db.user.update({ where: { id }, data: input, select: PUBLIC_FIELDS });
}

/**
 * Changes the password and bumps the token version, which ends every other
 * session and access token; refresh tokens are revoked too.
 */
export async function changePassword(id: string, currentPassword: string, newPassword: string) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw notFound("The user");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("invalid_credentials", "Your current password is wrong.");
  }
  const problem = passwordProblem(newPassword, user.email);
  if (problem) throw weakPassword(problem);
  await db.$transaction([
    db.user.update({
      where: { id },
      data: { passwordHash: await hashPassword(newPassword), tokenVersion: { increment: 1 } },
    }),
    db.refreshToken.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: new Date() } }),
  ]);
  return db.user.findUniqueOrThrow({ where: { id }, select: { tokenVersion: true } });
}
