// GET /api/showtimes/{id}/seats – the live seat map; the caller's own holds show as held_by_you.
import { getCaller } from "@/lib/auth/caller";
import { route } from "@/lib/http";
import { getSeatMap } from "@/lib/read-models/seat-map";
import { IdParams } from "@/lib/schemas/text";

export const GET = route({ params: IdParams }, async ({ params, request }) => {
  const caller = await getCaller(request);
  const { body, etag } = await getSeatMap(params.id, caller?.id);
  // Revalidated on every use (an unchanged map is a bodiless 304); it differs by who asks.
  const headers = { etag, "cache-control": "private, no-cache", vary: "authorization, cookie" };
  const known = request.headers
    .get("if-none-match")
    ?.split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""));
  if (known?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": "application/json" } });
});
