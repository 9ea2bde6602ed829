"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formAction, type FormState } from "@/lib/form-state";
import { getBookingForUser } from "@/lib/services/bookings";
import { getTestSession, payTestSession } from "@/lib/services/payments";

export type PayState = FormState;

export async function payAction(sessionId: string, _state: PayState, form: FormData): Promise<PayState> {
  const user = await getCurrentUser();
  if (!user) return { error: "Your session ended. Sign in again to pay." };
  const result = await formAction(async () => {
    const session = await getTestSession(sessionId);
    await getBookingForUser(user.id, session.bookingId);
    return payTestSession(sessionId, String(form.get("cardNumber") ?? ""));
  });
  if ("state" in result) return result.state;
  if (!result.value.paid) return { error: result.value.message };
  redirect(result.value.successUrl);
}
