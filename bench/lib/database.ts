// The bench's PostgreSQL: DATABASE_URL when it points at this machine,
// otherwise a throwaway embedded server; migrated either way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { migrate } from "@/lib/migrate";
import { stopLater } from "./cleanup";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1", ""]);

function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url);
    // No host, or a unix socket given as ?host=/path, is this machine too.
    return LOCAL_HOSTS.has(parsed.hostname) || (parsed.searchParams.get("host") ?? "").startsWith("/");
  } catch {
    return false;
  }
}

export interface BenchDatabase {
  url: string;
  description: string;
  /** The embedded server's data directory (to find its processes), when it is ours. */
  dataDir?: string;
}

export async function startDatabase(): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  if (given && isLocal(given)) {
    await migrate(given);
    return { url: given, description: `DATABASE_URL (${new URL(given).host})` };
  }
  if (given)
    console.log(
      "DATABASE_URL is not on this machine; a load test belongs on loopback, so using a throwaway PostgreSQL instead.",
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-bench-"));
  const db = await startEmbeddedPostgres({ dir, port: 0, persistent: false });
  stopLater(
    "PostgreSQL",
    async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    // embedded-postgres's exit hook has stopped the server by then.
    () => fs.rmSync(dir, { recursive: true, force: true }),
  );
  await migrate(db.url);
  return { url: db.url, description: "throwaway embedded PostgreSQL (fsync off)", dataDir: dir };
}
