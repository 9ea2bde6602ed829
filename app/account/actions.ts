"use server";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/auth/auth";
import { isAppError } from "@/lib/errors";
import { text } from "@/lib/schemas/text";
import {
  changePassword,
  resendVerificationEmail,
  revokeAllSessions,
  revokeSession,
  updateProfile,
} from "@/lib/services/users";

export interface AccountState {
  message?: string;
  error?: string;
}

async function signedIn() {
  const user = await getCurrentUser();
  if (!user) throw new Error("Not signed in");
  return user;
}

export async function saveProfileAction(_state: AccountState, form: FormData): Promise<AccountState> {
  const user = await signedIn();
  const name = String(form.get("name") ?? "").trim();
  const phone = String(form.get("phone") ?? "").trim();
  if (!name) return { error: "Your name can't be empty." };
  if (!text(100).safeParse(name).success)
    return { error: "Your name can't have control characters or be over 100 long." };
  if (phone && !/^\+[1-9]\d{6,14}$/.test(phone.replace(/\s/g, ""))) {
    return { error: "Enter the phone number in international format, such as +44 7700 900123." };
  }
  await updateProfile(user.id, {
    name,
    phone: phone ? phone.replace(/\s/g, "") : null,
    emailOptIn: form.get("emailOptIn") === "on",
    smsOptIn: form.get("smsOptIn") === "on" && Boolean(phone),
  });
  revalidatePath("/account");
  return { message: "Saved." };
}

export async function changePasswordAction(_state: AccountState, form: FormData): Promise<AccountState> {
  const user = await signedIn();
  try {
    await changePassword(user.id, String(form.get("currentPassword") ?? ""), String(form.get("newPassword") ?? ""));
  } catch (error) {
    if (isAppError(error)) return { error: error.detail };
    throw error;
  }
  // Every session, this one included, has just been ended: sign in again with the new password.
  await signOut({ redirectTo: "/sign-in?changed=1" });
  return {};
}

export async function resendVerificationAction(): Promise<AccountState> {
  const user = await signedIn();
  try {
    const status = await resendVerificationEmail(user.id);
    if (status === "already_verified") {
      revalidatePath("/account");
      return { message: "Your address is already confirmed." };
    }
  } catch (error) {
    if (isAppError(error)) return { error: error.detail };
    throw error;
  }
  return { message: `A new link is on its way to ${user.email}. It works once, for 3 days.` };
}

/** Signs one browser or app out; signing out this one is an ordinary sign-out. */
export async function revokeSessionAction(form: FormData): Promise<void> {
  const user = await signedIn();
  const sessionId = String(form.get("sessionId") ?? "");
  if (sessionId === user.sessionId) return signOut({ redirectTo: "/" });
  await revokeSession(user.id, sessionId);
  revalidatePath("/account");
}

/** Every browser and app, this one included. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await signedIn();
  await revokeAllSessions(user.id);
  await signOut({ redirectTo: "/sign-in" });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
