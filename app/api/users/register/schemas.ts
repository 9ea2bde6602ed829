import { z } from "zod";

export const RegisterRequest = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(100),
});
