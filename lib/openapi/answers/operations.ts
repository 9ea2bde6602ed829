// Answers of the operations routes: health, metrics and this reference.
import type { DescribedOperations } from "../described-operation";
import { answer, media, obj, str } from "../shapes";

const health = obj({
  status: { enum: ["ok", "degraded"] },
  services: {
    type: "object",
    description: "users, movies, showtimes, seats, bookings, payments, notifications and database: ok or down",
    additionalProperties: str,
  },
});

export const OPERATIONS: DescribedOperations = {
  "GET /api/health": {
    summary: "Each service and the database",
    answers: { "200": answer("All up", health), "503": answer("Something is down", health) },
  },
  "GET /api/metrics": {
    summary: "Prometheus metrics: requests, holds, bookings, payments, webhooks, messages, the pool, the process",
    description:
      "With METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`; without it, only for callers on loopback or a private network.",
    answers: { "200": media("Prometheus text format", "text/plain") },
    refusals: { "403": "forbidden: no or a wrong metrics token, or a public address" },
  },
  "GET /api/openapi.json": {
    summary: "This reference as OpenAPI 3.1, generated from the routes' own schemas",
    answers: { "200": answer("The OpenAPI document", { type: "object" }) },
  },
  "GET /api/docs": {
    summary: "This reference as a page to read",
    description:
      "Swagger UI, served by the app itself with a Content-Security-Policy that allows no script from elsewhere.",
    answers: { "200": media("An HTML page", "text/html") },
  },
  "GET /api/docs/:asset": {
    summary: "A script or style of the reference page: swagger-ui.css, swagger-ui-bundle.js or start.js",
    answers: {
      "200": {
        description: "The file",
        content: { "text/css": { schema: str }, "text/javascript": { schema: str } },
      },
    },
    refusals: { "404": "not_found: no such file of the reference page" },
  },
};
