import "server-only";
import { db } from "@/lib/db";

export const SERVICES = ["users", "movies", "showtimes", "seats", "bookings", "payments", "notifications"] as const;

export interface HealthReport {
  status: "ok" | "degraded";
  services: Record<(typeof SERVICES)[number] | "database", "ok" | "down">;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)),
  ]);
}

/**
 * Each service is up when its schema answers in the shared database; the
 * services run in this process, so the database is what can fail.
 */
export async function checkHealth(): Promise<HealthReport> {
  let present = new Set<string>();
  let databaseUp = false;
  try {
    const rows = await withTimeout(
      db.$queryRaw<{ nspname: string }[]>`SELECT nspname FROM pg_namespace WHERE nspname = ANY(${[...SERVICES]})`,
      3000,
    );
    present = new Set(rows.map((row) => row.nspname));
    databaseUp = true;
  } catch {
    databaseUp = false;
  }
  const services = Object.fromEntries(SERVICES.map((name) => [name, databaseUp && present.has(name) ? "ok" : "down"]));
  const report = { ...services, database: databaseUp ? "ok" : "down" } as HealthReport["services"];
  return { status: Object.values(report).every((state) => state === "ok") ? "ok" : "degraded", services: report };
}
