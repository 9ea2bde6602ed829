import { z } from "zod";

export const PasswordResetRequest = z.object({ email: z.string().trim().email().max(254) });

export const PasswordResetConfirmRequest = z.object({
  token: z.string().min(16).max(200),
  password: z.string().min(1).max(200),
});
