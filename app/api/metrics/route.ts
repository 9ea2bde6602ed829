// GET /api/metrics – Prometheus text format: requests, holds, bookings, webhooks, messages, and the process.
// Not public: a bearer METRICS_TOKEN, or without one a caller on loopback or a private network.
import { db } from "@/lib/db";
import { route } from "@/lib/http";
import { metrics } from "@/lib/metrics";
import { assertMayScrape } from "./scrape-access";

export const dynamic = "force-dynamic";

export const GET = route({}, async ({ request }) => {
  assertMayScrape(request);
  let body = await metrics.registry.metrics();
  // Gauges read from the database at scrape time, so every instance reports the same truth.
  try {
    const rows = await db.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT status::text AS status, count(*)::bigint AS n FROM "notifications"."outbox" GROUP BY status`;
    body +=
      "# HELP cinema_outbox_messages Messages in the notification outbox by status\n# TYPE cinema_outbox_messages gauge\n";
    for (const status of ["PENDING", "SENDING", "SENT", "FAILED"]) {
      const n = rows.find((row) => row.status === status)?.n ?? 0n;
      body += `cinema_outbox_messages{app="cinema",status="${status.toLowerCase()}"} ${n}\n`;
    }
  } catch {
    // The database being down is what /api/health reports; metrics still answer.
  }
  return new Response(body, { headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } });
});
