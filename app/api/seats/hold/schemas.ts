import { z } from "zod";
import { id } from "@/lib/schemas/text";
import { MAX_SEATS_PER_SHOWTIME } from "@/lib/services/seats/hold-seats";

export const HoldRequestSchema = z.object({
  showtimeId: id(),
  seatIds: z
    .array(id())
    .min(1, "Pick at least one seat")
    .max(MAX_SEATS_PER_SHOWTIME, `At most ${MAX_SEATS_PER_SHOWTIME} seats`),
});
