// GET /api/admin/jobs/{id} – one staff job and its progress (done of total, errors).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { jobJson } from "@/lib/presenters/job";
import { getJob } from "@/lib/services/bookings";

export const GET = route(
  { access: "staff", params: z.object({ id: z.string().min(1).max(200) }) },
  async ({ params }) => json({ job: jobJson(await getJob(params.id)) }, 200, { "cache-control": "no-store" }),
);
