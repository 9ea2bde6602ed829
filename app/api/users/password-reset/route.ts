// POST /api/users/password-reset – e-mail a reset link; the same answer, as fast, for every address.
import { json, route } from "@/lib/http";
import { clientIp, consume, LIMITS } from "@/lib/gateway/rate-limit";
import { normalizeEmail, requestPasswordReset } from "@/lib/services/users";
import { PasswordResetRequest } from "./schemas";

export const POST = route({ body: PasswordResetRequest }, async ({ request, body }) => {
  await consume(LIMITS.passwordResetPerIp, clientIp(request));
  await consume(LIMITS.passwordResetPerAccount, normalizeEmail(body.email));
  requestPasswordReset(body.email);
  return json({ status: "check_your_email" }, 202);
});
