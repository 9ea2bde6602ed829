// POST /api/admin/messages/{id}/retry – queue a failed message again.
import { json, route } from "@/lib/http";
import { IdParams } from "@/lib/schemas/text";
import { retryMessage } from "@/lib/services/notifications";

export const POST = route({ access: "staff", params: IdParams }, async ({ params }) => {
  await retryMessage(params.id);
  return json({ ok: true });
});
