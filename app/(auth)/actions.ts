"use server";
// Sign-in, sign-up and sign-out for the browser, through Auth.js.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { signIn, signOut } from "@/lib/auth/auth";
import { isAppError } from "@/lib/errors";
import { consume, LIMITS } from "@/lib/gateway/rate-limit";
import { createUser, normalizeEmail } from "@/lib/services/users";

export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string>;
  email?: string;
  name?: string;
}

/** Only paths inside this app, so a crafted link can't send people elsewhere after signing in. */
function safeCallback(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "/";
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}

async function ip(): Promise<string> {
  const incoming = await headers();
  return incoming.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}

async function signInWith(email: string, password: string, redirectTo: string): Promise<FormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof AuthError) return { error: "The e-mail address or password is wrong.", email };
    throw error; // Next.js's redirect after a successful sign-in
  }
}

export async function signInAction(_state: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your e-mail address and password.", email };
  try {
    await consume(LIMITS.signInPerIp, await ip());
    await consume(LIMITS.signInPerAccount, normalizeEmail(email));
  } catch (error) {
    if (isAppError(error)) return { error: error.detail, email };
    throw error;
  }
  return signInWith(email, password, safeCallback(form.get("callbackUrl")));
}

export async function signUpAction(_state: FormState, form: FormData): Promise<FormState> {
  const email = String(form.get("email") ?? "").trim();
  const name = String(form.get("name") ?? "").trim();
  const password = String(form.get("password") ?? "");
  const fieldErrors: Record<string, string> = {};
  if (!name) fieldErrors.name = "Tell us your name.";
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fieldErrors.email = "Enter a valid e-mail address.";
  if (Object.keys(fieldErrors).length) return { fieldErrors, email, name };
  try {
    await consume(LIMITS.registerPerIp, await ip());
    await createUser({ email, name, password });
  } catch (error) {
    if (isAppError(error)) {
      if (error.code === "validation_failed") return { fieldErrors: { password: error.detail }, email, name };
      if (error.code === "email_taken") return { fieldErrors: { email: error.detail }, email, name };
      return { error: error.detail, email, name };
    }
    throw error;
  }
  return signInWith(email, password, safeCallback(form.get("callbackUrl")));
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
