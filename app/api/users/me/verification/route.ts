// POST /api/users/me/verification – send the signed-in user a new confirmation link (limited per account).
import { json, route } from "@/lib/http";
import { resendVerificationEmail } from "@/lib/services/users";

export const POST = route({}, async ({ caller }) => {
  const status = await resendVerificationEmail((await caller()).id);
  return json({ status }, status === "sent" ? 202 : 200);
});
