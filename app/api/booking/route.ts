// GET /api/booking – the caller's own bookings, newest first.
import { json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { listBookingsForUser } from "@/lib/services/bookings";

export const GET = route({}, async ({ caller }) => {
  const bookings = await listBookingsForUser((await caller()).id);
  return json({ items: bookings.map(bookingJson) }, 200, { "cache-control": "no-store" });
});
