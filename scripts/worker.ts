// npm run worker – the background jobs on their own: outbox sender, hold and
// booking expiry, payment reconciliation. Run as many as you like. With
// METRICS_PORT set it serves its Prometheus metrics there (what it sent,
// refunded and swept never passes through a web instance).
import { startJobs } from "@/lib/worker/jobs";
import { logger } from "@/lib/logger";
import { serveMetrics } from "./metrics-server";
import { withDatabase } from "./with-database";

await withDatabase(async () => {
  const stop = startJobs();
  const metricsServer = process.env.METRICS_PORT ? serveMetrics(Number(process.env.METRICS_PORT)) : null;
  logger.info("worker started");
  // The job timers don't keep a process alive on their own.
  const keepAlive = setInterval(() => {}, 60_000);
  await new Promise<void>((resolve) => {
    const finish = () =>
      void stop().then(() => {
        clearInterval(keepAlive);
        metricsServer?.close();
        resolve();
      });
    process.once("SIGINT", finish);
    process.once("SIGTERM", finish);
  });
  logger.info("worker stopped");
});
