// npm run worker – the background jobs on their own: outbox sender, hold and
// booking expiry, payment reconciliation. Run as many as you like.
import { startJobs } from "@/lib/worker/jobs";
import { logger } from "@/lib/logger";
import { withDatabase } from "./with-database";

await withDatabase(async () => {
  const stop = startJobs();
  logger.info("worker started");
  // The job timers don't keep a process alive on their own.
  const keepAlive = setInterval(() => {}, 60_000);
  await new Promise<void>((resolve) => {
    const finish = () =>
      void stop().then(() => {
        clearInterval(keepAlive);
        resolve();
      });
    process.once("SIGINT", finish);
    process.once("SIGTERM", finish);
  });
  logger.info("worker stopped");
});
