// POST /api/users/verify-email – confirm an address with the token of its link; tickets waiting for it are sent.
import { json, route } from "@/lib/http";
import { verifyEmail } from "@/lib/services/users";
import { VerifyEmailRequest } from "./schemas";

export const POST = route({ body: VerifyEmailRequest }, async ({ body }) => {
  await verifyEmail(body.token);
  return json({ status: "verified" });
});
