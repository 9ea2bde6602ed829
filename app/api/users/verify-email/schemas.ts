import { z } from "zod";

export const VerifyEmailRequest = z.object({ token: z.string().min(16).max(200) });
