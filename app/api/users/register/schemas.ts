import { z } from "zod";
import { text } from "@/lib/schemas/text";

export const RegisterRequest = z.object({
  email: text(254).pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1).max(200),
  name: text(100),
});
