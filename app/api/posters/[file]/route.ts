// GET /api/posters/{file} – a poster uploaded by staff.
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http";
import { readPoster } from "@/lib/services/movies";

export const GET = route({ params: z.object({ file: z.string().max(100) }) }, async ({ params }) => {
  const poster = await readPoster(params.file);
  if (!poster) throw notFound("The poster");
  return new Response(new Uint8Array(poster.bytes), {
    headers: {
      "content-type": poster.type,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
});
