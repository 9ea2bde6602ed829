import { z } from "zod";

export const BookRequestSchema = z.union(
  [
    z.object({ holdId: z.string().min(1).max(200) }).strict(),
    z
      .object({ showtimeId: z.string().min(1).max(200), seatIds: z.array(z.string().min(1).max(200)).min(1).max(10) })
      .strict(),
  ],
  { error: "Send either { holdId } or { showtimeId, seatIds } (1 to 10 seat ids)." },
);

export const IdempotencyKey = z.string().min(8, "Idempotency-Key must be at least 8 characters").max(200);
