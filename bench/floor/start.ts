// Starts the floor server (./server.ts) in a child process of its own, as
// the app runs in one, so each gets a core of its own.
import path from "node:path";
import { spawnServer, type RunningServer } from "../lib/child";

export async function startFloor(options: {
  port: number;
  databaseUrl: string;
  authSecret: string;
  poolSize?: number;
}): Promise<RunningServer> {
  return spawnServer({
    name: "the floor server",
    command: process.execPath,
    args: ["--import", "tsx", path.resolve("bench/floor/server.ts")],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      DB_POOL_SIZE: String(options.poolSize ?? 20),
    },
    url: `http://127.0.0.1:${options.port}`,
    readyPath: "/health",
  });
}
