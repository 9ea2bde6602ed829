import "server-only";
// The background work of the app. Every job is safe to run in several
// processes at once: each claims its rows with SKIP LOCKED.
import { logger } from "@/lib/logger";
import { bookingPaymentHandlers, runDueJobs, sweepExpiredBookings } from "@/lib/services/bookings";
import { sendDueMessages } from "@/lib/services/notifications";
import { reconcileStaleCheckouts, sendDueRefunds } from "@/lib/services/payments";
import { sweepExpiredHolds } from "@/lib/services/seats";

interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<number>;
}

export const JOBS: Job[] = [
  { name: "outbox", everyMs: 2_000, run: () => sendDueMessages() },
  { name: "refunds", everyMs: 5_000, run: () => sendDueRefunds() },
  { name: "staff-jobs", everyMs: 1_000, run: () => runDueJobs() },
  { name: "expired-holds", everyMs: 15_000, run: () => sweepExpiredHolds() },
  { name: "expired-bookings", everyMs: 15_000, run: () => sweepExpiredBookings() },
  { name: "payment-reconciliation", everyMs: 60_000, run: () => reconcileStaleCheckouts(bookingPaymentHandlers) },
];
/** Starts every job on its own timer; returns a function that stops them. */
export function startJobs(jobs = JOBS): () => Promise<void> {
  let stopped = false;
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const timer = setInterval(() => {
      if (busy || stopped) return;
      busy = true;
      const work = job
        .run()
        .catch((error) => logger.error({ err: error, job: job.name }, "background job failed"))
        .finally(() => {
          busy = false;
          running.delete(work);
        });
      running.add(work);
    }, job.everyMs);
    timer.unref?.();
    return timer;
  });
  return async () => {
    stopped = true;
    timers.forEach(clearInterval);
    await Promise.allSettled(running);
  };
}
