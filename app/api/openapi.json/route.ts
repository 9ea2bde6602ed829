// GET /api/openapi.json – the REST contract as OpenAPI 3.1, generated from the routes' own schemas.
import { appUrl } from "@/lib/env";
import { json, route } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = route({}, async () =>
  json(await openApiDocument(appUrl()), 200, { "cache-control": "public, max-age=300" }),
);
