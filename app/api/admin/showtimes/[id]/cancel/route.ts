// POST /api/admin/showtimes/{id}/cancel – cancel a showtime: 202 with the job that refunds and notifies every holder.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { jobJson } from "@/lib/presenters/job";
import { startShowtimeCancellation } from "@/lib/services/bookings";

export const POST = route(
  { access: "staff", params: z.object({ id: z.string().min(1).max(200) }) },
  async ({ params, caller }) => {
    const job = await startShowtimeCancellation((await caller()).id, params.id);
    return json({ job: jobJson(job) }, 202, { location: `/api/admin/jobs/${job.id}` });
  },
);
