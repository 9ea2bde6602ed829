// DELETE /api/seats/hold/{holdId} – release a hold; its seats are free again at once.
import { z } from "zod";
import { route } from "@/lib/http";
import { id } from "@/lib/schemas/text";
import { releaseHold } from "@/lib/services/seats";

export const DELETE = route({ params: z.object({ holdId: id() }) }, async ({ params, caller }) => {
  await releaseHold((await caller()).id, params.holdId);
  return new Response(null, { status: 204 });
});
