// GET /api/openapi.json – the REST contract as OpenAPI 3.1.
import { appUrl } from "@/lib/env";
import { json, route } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";

export const GET = route({}, async () =>
  json(openApiDocument(appUrl()), 200, { "cache-control": "public, max-age=300" }),
);
