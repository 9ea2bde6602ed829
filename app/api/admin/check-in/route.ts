// POST /api/admin/check-in – admit a ticket at the door by its code (for one showtime if given): 200 once, then 409 already_checked_in.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { id, text } from "@/lib/schemas/text";
import { checkIn } from "@/lib/services/bookings";

const CheckInRequest = z.object({ code: text(100), showtimeId: id().optional() });

export const POST = route({ access: "staff", body: CheckInRequest }, async ({ body, caller }) => {
  const result = await checkIn((await caller()).id, body.code, { showtimeId: body.showtimeId });
  return json({
    outcome: "admitted",
    ...result,
    ticket: { ...result.ticket, checkedInAt: result.ticket.checkedInAt.toISOString() },
  });
});
