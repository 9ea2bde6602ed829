import { z } from "zod";

export const TokenRequest = z.object({ email: z.string().trim().email(), password: z.string().min(1).max(200) });
export const RefreshRequest = z.object({ refreshToken: z.string().min(10).max(200) });
