// GET /api/metrics – Prometheus text format: requests, holds, bookings, payments, webhooks, messages, the pool, the process.
// Not public: a bearer METRICS_TOKEN, or without one a caller on loopback or a private network.
import { route } from "@/lib/http";
import { metrics } from "@/lib/metrics";
import { assertMayScrape } from "./scrape-access";

export const dynamic = "force-dynamic";

export const GET = route({}, async ({ request }) => {
  assertMayScrape(request);
  // The gauges read from PostgreSQL (bookings and outbox by status) are collected here, in lib/metrics.ts.
  const body = await metrics.registry.metrics();
  return new Response(body, { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
});
