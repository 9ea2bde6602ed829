"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { getBookingForUser } from "@/lib/services/bookings";
import { getTestSession, payTestSession } from "@/lib/services/payments";

export interface PayState {
  error?: string;
}

export async function payAction(sessionId: string, _state: PayState, form: FormData): Promise<PayState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session ended. Sign in again to pay." };
  let successUrl: string;
  try {
    const session = await getTestSession(sessionId);
    await getBookingForUser(user.id, session.bookingId);
    const outcome = await payTestSession(sessionId, String(form.get("cardNumber") ?? ""));
    if (!outcome.paid) return { error: outcome.message };
    successUrl = outcome.successUrl;
  } catch (error) {
    if (isAppError(error)) return { error: error.detail };
    throw error;
  }
  redirect(successUrl);
}
