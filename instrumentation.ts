// Runs once when a Next.js server starts: background jobs in the web process
// unless RUN_WORKERS=false (then `npm run worker` runs them elsewhere).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.RUN_WORKERS === "false") return;
  const { startJobs } = await import("@/lib/worker/jobs");
  startJobs();
}
