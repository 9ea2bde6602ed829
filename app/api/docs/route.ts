// GET /api/docs – the API reference as a page (Swagger UI over /api/openapi.json).
import { route } from "@/lib/http";
import { REFERENCE_PAGE, REFERENCE_PAGE_POLICY } from "@/lib/openapi/reference-page";

export const GET = route(
  {},
  async () =>
    new Response(REFERENCE_PAGE, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": REFERENCE_PAGE_POLICY,
        "cache-control": "public, max-age=300",
      },
    }),
);
