// GET /api/health – each service and the database; 503 when any is down.
import { checkHealth } from "@/lib/health";
import { json } from "@/lib/http";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return json(report, report.status === "ok" ? 200 : 503, { "cache-control": "no-store" });
}
