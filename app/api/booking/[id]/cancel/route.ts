// POST /api/booking/{id}/cancel – cancel under the cancellation policy, refunding a paid booking.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { cancelBooking, getBookingForUser } from "@/lib/services/bookings";

export const POST = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params, caller }) => {
  const user = await caller();
  const { refundCents } = await cancelBooking(user.id, params.id);
  return json({ booking: bookingJson(await getBookingForUser(user.id, params.id)), refundCents });
});
