import "server-only";
// Staff actions over many bookings run as jobs: a row with progress, worked
// through by background workers one booking per transaction. A worker claims
// a job with SKIP LOCKED and keeps its claim fresh with every step; a job
// whose worker died is taken over when its claim goes stale. Every step is
// idempotent, so a job resumed anywhere does nothing twice.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Job, Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { loadBookingSnapshot } from "./booking-snapshot";
import { CANCEL_SHOWTIME, cancelForShowtime, nextOpenBooking, type CancelShowtimeParams } from "./cancel-showtime";
import { afterEnding } from "./end-booking";

/** A claim not refreshed for this long belongs to a worker that died. */
const STALE_CLAIM_SECONDS = 60;

export interface JobError {
  bookingId: string;
  message: string;
}

/** Another worker took the job over: this step rolls back and this worker stops. */
class ClaimLost extends Error {}

async function claim(workerId: string): Promise<Job | null> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    UPDATE "bookings"."jobs" SET status = 'RUNNING', locked_by = ${workerId}, locked_at = now(), updated_at = now()
     WHERE id = (
       SELECT id FROM "bookings"."jobs"
        WHERE status = 'QUEUED'
           OR (status = 'RUNNING' AND locked_at < now() - make_interval(secs => ${STALE_CLAIM_SECONDS}))
        ORDER BY created_at LIMIT 1
          FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  return row ? db.job.findUniqueOrThrow({ where: { id: row.id } }) : null;
}

async function run(job: Job, workerId: string): Promise<void> {
  if (job.kind !== CANCEL_SHOWTIME) throw new Error(`Unknown job kind ${job.kind}`);
  const params = job.params as unknown as CancelShowtimeParams;
  const errors = [...(job.errors as unknown as JobError[])];
  for (
    let bookingId = await nextOpenBooking(
      params,
      errors.map((e) => e.bookingId),
    );
    bookingId;
  ) {
    try {
      const snapshot = await loadBookingSnapshot(bookingId);
      const ending = await db.$transaction(async (tx) => {
        const owned = await tx.$executeRaw`
          UPDATE "bookings"."jobs"
             SET done = done + 1, total = GREATEST(total, done + 1), locked_at = now(), updated_at = now()
           WHERE id = ${job.id} AND locked_by = ${workerId} AND status = 'RUNNING'`;
        if (owned === 0) throw new ClaimLost();
        return snapshot ? cancelForShowtime(tx, snapshot) : null;
      });
      await afterEnding(ending);
    } catch (error) {
      if (error instanceof ClaimLost) return;
      const message = error instanceof AppError ? error.detail : "Unexpected error; see the logs.";
      logger.error({ err: error, jobId: job.id, bookingId }, "a job step failed");
      errors.push({ bookingId, message });
      await db.job.updateMany({
        where: { id: job.id, lockedBy: workerId },
        data: { errors: errors as unknown as Prisma.InputJsonValue, lockedAt: new Date() },
      });
    }
    bookingId = await nextOpenBooking(
      params,
      errors.map((e) => e.bookingId),
    );
  }
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "RUNNING" },
    data: { status: errors.length ? "FAILED" : "DONE", finishedAt: new Date(), lockedBy: null, lockedAt: null },
  });
}

/** The worker: runs one due job to its end; returns how many it ran (0 or 1). */
export async function runDueJobs(workerId = `jobs-${process.pid}-${randomUUID().slice(0, 8)}`): Promise<number> {
  const job = await claim(workerId);
  if (!job) return 0;
  await run(job, workerId);
  return 1;
}

export async function getJob(id: string): Promise<Job> {
  const job = await db.job.findUnique({ where: { id } });
  if (!job) throw notFound("The job");
  return job;
}

/** Recent jobs, newest first: those still running first. */
export async function listJobs(limit = 20): Promise<Job[]> {
  return db.job.findMany({
    orderBy: [{ finishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: limit,
  });
}

/** A job that ended with bookings it could not finish goes again, over what is still open. */
export async function resumeJob(id: string): Promise<Job> {
  const resumed = await db.job.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "QUEUED", errors: [], finishedAt: null },
  });
  if (resumed.count === 0) {
    const job = await getJob(id);
    throw new AppError("conflict", `This job is ${job.status.toLowerCase()}; only a failed job can be resumed.`);
  }
  return getJob(id);
}
