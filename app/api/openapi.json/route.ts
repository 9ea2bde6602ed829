// GET /api/openapi.json – the REST contract as OpenAPI 3.1.
import { appUrl } from "@/lib/env";
import { json } from "@/lib/http";
import { openApiDocument } from "@/lib/openapi/document";

export function GET(): Response {
  return json(openApiDocument(appUrl()), 200, { "cache-control": "public, max-age=300" });
}
