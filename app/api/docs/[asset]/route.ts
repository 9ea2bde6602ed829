// GET /api/docs/{asset} – the reference page's scripts and styles, from the installed swagger-ui-dist.
import { z } from "zod";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http";
import { referenceAsset } from "@/lib/openapi/reference-page";

export const GET = route({ params: z.object({ asset: z.string().max(100) }) }, async ({ params }) => {
  const asset = await referenceAsset(params.asset);
  if (!asset) throw notFound("The file");
  return new Response(asset.bytes, {
    headers: { "content-type": asset.type, "cache-control": "public, max-age=3600" },
  });
});
