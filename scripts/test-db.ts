// Prints the URL of a freshly migrated throwaway embedded PostgreSQL and keeps
// it running until Ctrl-C: for running one integration test file by hand.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { migrate } from "@/lib/migrate";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-test-db-"));
const database = await startEmbeddedPostgres({ dir, persistent: false, port: 0 });
await migrate(database.url);
console.log(database.url);
const stop = async () => {
  await database.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
setInterval(() => {}, 1 << 30);
