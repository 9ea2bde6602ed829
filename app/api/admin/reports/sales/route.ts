// GET /api/admin/reports/sales?cinemaId=&from=&to= – revenue, tickets and occupancy of the shows on those days.
import { json, route } from "@/lib/http";
import { ReportQuery, reportRange } from "@/lib/read-models/report-range";
import { salesReport } from "@/lib/read-models/sales-report";
import { getCinema } from "@/lib/services/showtimes";

export const GET = route({ access: "staff", query: ReportQuery }, async ({ query }) => {
  // Days are the cinema's own; over every cinema, each reads its own days, and the default week ends today in UTC.
  const timeZone = query.cinemaId ? (await getCinema(query.cinemaId)).timeZone : "UTC";
  const report = await salesReport({ cinemaId: query.cinemaId, ...reportRange(query, timeZone) });
  return json(report, 200, { "cache-control": "no-store" });
});
