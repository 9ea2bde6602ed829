// GET /api/booking/{id} – one of the caller's bookings with its tickets and payment.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { getBookingForUser } from "@/lib/services/bookings";

export const GET = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params, caller }) =>
  json({ booking: bookingJson(await getBookingForUser((await caller()).id, params.id)) }, 200, {
    "cache-control": "no-store",
  }),
);
