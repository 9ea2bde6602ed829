// POST /api/users/password-reset/confirm – set a new password with a reset link's token; ends every session.
import { json, route } from "@/lib/http";
import { resetPassword } from "@/lib/services/users";
import { PasswordResetConfirmRequest } from "../schemas";

export const POST = route({ body: PasswordResetConfirmRequest }, async ({ body }) => {
  await resetPassword(body.token, body.password);
  return json({ status: "password_changed" });
});
