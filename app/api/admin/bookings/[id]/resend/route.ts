// POST /api/admin/bookings/{id}/resend – send the confirmation with the valid tickets again (at most once a minute).
import { json, route } from "@/lib/http";
import { IdParams } from "@/lib/schemas/text";
import { resendConfirmation } from "@/lib/services/bookings";

export const POST = route({ access: "staff", params: IdParams }, async ({ params, caller }) =>
  json(await resendConfirmation((await caller()).id, params.id), 202),
);
