// POST /api/admin/jobs/{id}/resume – run a failed job again over the bookings it could not finish.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { jobJson } from "@/lib/presenters/job";
import { resumeJob } from "@/lib/services/bookings";

export const POST = route(
  { access: "staff", params: z.object({ id: z.string().min(1).max(200) }) },
  async ({ params }) => json({ job: jobJson(await resumeJob(params.id)) }),
);
