// POST /api/admin/check-in – admit a ticket at the door by its code: 200 once, then 409 already_checked_in.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { text } from "@/lib/schemas/text";
import { checkIn } from "@/lib/services/bookings";

export const POST = route({ access: "staff", body: z.object({ code: text(100) }) }, async ({ body, caller }) => {
  const result = await checkIn((await caller()).id, body.code);
  return json({ ...result, ticket: { ...result.ticket, checkedInAt: result.ticket.checkedInAt.toISOString() } });
});
