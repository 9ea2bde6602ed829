// Runs a task against DATABASE_URL, or against the embedded PostgreSQL under
// .data/ (started for the task and stopped after it) when none is set.
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";

export const EMBEDDED_DIR = path.join(process.env.DATA_DIR ?? ".data", "postgres");

export async function withDatabase(task: (url: string) => Promise<void>): Promise<void> {
  if (process.env.DATABASE_URL) return task(process.env.DATABASE_URL);
  const database = await startEmbeddedPostgres({ dir: EMBEDDED_DIR });
  process.env.DATABASE_URL = database.url;
  try {
    await task(database.url);
  } finally {
    await database.stop();
  }
}
