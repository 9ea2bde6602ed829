// GET /api/health – each service and the database; 503 when any is down.
import { checkHealth } from "@/lib/health";
import { json, requestIdOf } from "@/lib/http";

export const dynamic = "force-dynamic";

// A plain handler, not route(): probes call it with nothing to parse, and it must answer even when little else works.
export async function GET(request?: Request): Promise<Response> {
  const report = await checkHealth();
  return json(report, report.status === "ok" ? 200 : 503, {
    "cache-control": "no-store",
    "x-request-id": requestIdOf(request),
  });
}
