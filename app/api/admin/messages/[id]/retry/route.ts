// POST /api/admin/messages/{id}/retry – queue a failed message again.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { retryMessage } from "@/lib/services/notifications";

export const POST = route({ params: z.object({ id: z.string().min(1) }) }, async ({ params }) => {
  await retryMessage(params.id);
  return json({ ok: true });
});
