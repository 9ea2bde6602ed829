// The JSON shape of a staff job (cancelling a showtime) and its progress.
import type { Job } from "@/lib/generated/prisma/client";
import type { JobError } from "@/lib/services/bookings";

export function jobJson(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    params: job.params,
    status: job.status.toLowerCase(),
    done: job.done,
    total: job.total,
    errors: job.errors as unknown as JobError[],
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export type JobJson = ReturnType<typeof jobJson>;
