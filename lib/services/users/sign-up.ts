import "server-only";
// Sign-up answers alike whether or not the address already has an account,
// so it can't be used to find out who has one: both paths check the
// password, hash it (one scrypt), queue one e-mail and answer with an
// account of the same shape (the REST contract's 201 {user}); for a known
// address it is a stand-in whose id exists nowhere. A new address gets a
// confirmation link; the owner of an existing account is told that someone
// tried, and how to sign in or reset the password.
import { createId } from "@paralleldrive/cuid2";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { appUrl } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { queueMessage } from "@/lib/services/notifications";
import { normalizeEmail, weakPassword } from "./accounts";
import { sendVerificationEmail } from "./email-verification";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
}

export interface SignedUp {
  /** For the browser form that signs a new account in; API answers must not reveal it. */
  created: boolean;
  /** The new account, or for a known address a stand-in of the same shape. */
  user: { id: string; email: string; name: string; role: Role };
}

export async function signUp(input: SignUpInput): Promise<SignedUp> {
  const email = normalizeEmail(input.email);
  const problem = await passwordProblem(input.password, email);
  if (problem) throw weakPassword(problem);
  const passwordHash = await hashPassword(input.password);
  // New accounts get ids of the same kind as the stand-in, so neither can be told apart by its id.
  const user = { id: createId(), email, name: input.name.trim(), role: "CUSTOMER" as const };
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { ...user, passwordHash } });
      await sendVerificationEmail(tx, user);
    });
    return { created: true, user };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  await tellOwnerOfSignUpAttempt(email);
  return { created: false, user };
}

async function tellOwnerOfSignUpAttempt(email: string): Promise<void> {
  const owner = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!owner) return;
  // One such e-mail an hour at most, however often someone tries.
  const hour = Math.floor(Date.now() / 3_600_000);
  await queueMessage(db, {
    template: "sign-up-attempt",
    recipient: email,
    props: { signInUrl: `${appUrl()}/sign-in`, resetUrl: `${appUrl()}/forgot-password` },
    dedupeKey: `sign-up-attempt:${owner.id}:${hour}`,
  });
}
