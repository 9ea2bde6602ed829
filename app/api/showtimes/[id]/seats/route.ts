// GET /api/showtimes/{id}/seats – the live seat map; the caller's own holds show as held_by_you.
import { z } from "zod";
import { getCaller } from "@/lib/auth/caller";
import { json, route } from "@/lib/http";
import { getSeatMap } from "@/lib/services/seats";

export const GET = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params, request }) => {
  const caller = await getCaller(request);
  const map = await getSeatMap(params.id, caller?.id);
  return json(
    {
      ...map,
      yourHold: map.yourHold ? { holdId: map.yourHold.holdId, expiresAt: map.yourHold.expiresAt.toISOString() } : null,
    },
    200,
    { "cache-control": "no-store" },
  );
});
