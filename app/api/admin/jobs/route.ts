// GET /api/admin/jobs – recent staff jobs (showtime cancellations) with their progress, running ones first.
import { json, route } from "@/lib/http";
import { jobJson } from "@/lib/presenters/job";
import { listJobs } from "@/lib/services/bookings";

export const GET = route({ access: "staff" }, async () =>
  json({ items: (await listJobs()).map(jobJson) }, 200, { "cache-control": "no-store" }),
);
