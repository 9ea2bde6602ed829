// POST /api/admin/bookings/{id}/refund – refund a booking, whole or some tickets ({ticketIds}).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { id, IdParams } from "@/lib/schemas/text";
import { bookingJson } from "@/lib/presenters/booking";
import { refundBooking } from "@/lib/services/bookings";

const RefundRequest = z.object({ ticketIds: z.array(id()).max(50).optional() });

export const POST = route(
  { access: "staff", params: IdParams, body: RefundRequest },
  async ({ params, body, caller }) => {
    const booking = await refundBooking((await caller()).id, params.id, body.ticketIds);
    return json({ booking: bookingJson(booking) });
  },
);
