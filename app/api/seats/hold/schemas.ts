import { z } from "zod";
import { MAX_SEATS_PER_SHOWTIME } from "@/lib/services/seats/hold-seats";

export const HoldRequestSchema = z.object({
  showtimeId: z.string().min(1).max(200),
  seatIds: z
    .array(z.string().min(1).max(200))
    .min(1, "Pick at least one seat")
    .max(MAX_SEATS_PER_SHOWTIME, `At most ${MAX_SEATS_PER_SHOWTIME} seats`),
});
