// GET /api/admin/bookings?q= – staff search by reference, e-mail or ticket code.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { text } from "@/lib/schemas/text";
import { bookingJson } from "@/lib/presenters/booking";
import { searchBookings } from "@/lib/services/bookings";

export const GET = route({ access: "staff", query: z.object({ q: text(200).optional() }) }, async ({ query }) => {
  const bookings = await searchBookings(query.q);
  return json({
    items: bookings.map((booking) => ({ ...bookingJson(booking), customerEmail: booking.customerEmail })),
  });
});
