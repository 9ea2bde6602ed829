"use server";
// Sign-in, sign-up, sign-out and password reset for the browser, through Auth.js and the users service.
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth/auth";
import { RegisterRequest } from "@/app/api/users/register/schemas";
import { isAppError } from "@/lib/errors";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { normalizeEmail, requestPasswordReset, resetPassword, signUp, verifyEmail } from "@/lib/services/users";

export interface FormState {
  error?: string;
  /** Shown instead of the form's errors: the request went through, now look at your e-mail. */
  notice?: string;
  fieldErrors?: Record<string, string>;
  email?: string;
  name?: string;
}

const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Only paths inside this app, so a crafted link can't send people elsewhere after signing in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

async function ip(): Promise<string> {
  return clientIp(new Request("http://local/", { headers: await headers() }));
}

const SIGN_IN_REFUSED: Record<string, string> = {
  rate_limited: "Too many sign-in attempts. Wait a few minutes and try again.",
  unavailable: "Signing in is not possible right now. Try again in a minute.",
};

/** Sign-in limits are counted inside Auth.js's authorize(), for this form and its public endpoint alike. */
async function signInWith(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // Next.js's redirect after a successful sign-in
    const refused = error instanceof CredentialsSignin ? SIGN_IN_REFUSED[error.code] : undefined;
    return { error: refused ?? "The e-mail address or password is wrong.", email };
  }
}

export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your e-mail address and password.", email };
  return signInWith(email, password, safeCallback(form.get("callbackUrl")));
}

const CHECK_YOUR_EMAIL =
  "Check your e-mail: we sent a message to that address. If it already has an account, sign in or reset your password.";

/**
 * A new account is signed in at once, as before (someone signing up in the
 * middle of booking keeps going; the tickets wait until the address is
 * confirmed). An address that already has an account gets the same answer
 * the API gives, "check your e-mail", and its owner an e-mail saying so.
 */
export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  const name = String(form.get("name") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const fieldErrors: Record<string, string> = {};
  if (!name) fieldErrors.name = "Tell us your name.";
  if (!EMAIL_PATTERN.test(email)) fieldErrors.email = "Enter a valid e-mail address.";
  // The API's own schema: no control characters, bounded lengths.
  for (const issue of RegisterRequest.safeParse({ email, name, password }).error?.issues ?? []) {
    fieldErrors[String(issue.path[0])] ??= issue.message;
  }
  if (Object.keys(fieldErrors).length) return { fieldErrors, email, name };
  let created: boolean;
  try {
    await consume(LIMITS.registerPerIp, await ip());
    ({ created } = await signUp({ email, name, password }));
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "validation_failed") return { fieldErrors: { password: error.detail }, email, name };
      return { error: error.detail, email, name };
    }
    throw error;
  }
  if (!created) return { notice: CHECK_YOUR_EMAIL, email, name };
  return signInWith(email, password, safeCallback(form.get("callbackUrl")));
}

export async function forgotPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  if (!EMAIL_PATTERN.test(email)) return { fieldErrors: { email: "Enter a valid e-mail address." }, email };
  try {
    await consume(LIMITS.passwordResetPerIp, await ip());
    await consume(LIMITS.passwordResetPerAccount, normalizeEmail(email));
  } catch (error) {
    if (isAppError(error)) return { error: error.detail, email };
    throw error;
  }
  requestPasswordReset(email);
  return {
    notice: `If ${email} has an account, a link to choose a new password is on its way. It works once, for 30 minutes.`,
  };
}

export async function resetPasswordAction(_state: FormState, form: FormData): Promise<FormState> {
  const token = String(form.get("token") ?? "");
  const password = String(form.get("password") ?? "");
  try {
    await resetPassword(token, password);
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "validation_failed") return { fieldErrors: { password: error.detail } };
      return { error: error.detail };
    }
    throw error;
  }
  return { notice: "Your password has been changed, and every session signed out. Sign in with the new password." };
}

export async function verifyEmailAction(_state: FormState, form: FormData): Promise<FormState> {
  try {
    await verifyEmail(String(form.get("token") ?? ""));
  } catch (error) {
    if (isAppError(error)) return { error: error.detail };
    throw error;
  }
  return { notice: "Thank you: your address is confirmed, and your tickets will be sent to it." };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
