// A server in a child process of its own (its own core, like production),
// waited for until it answers, and stopped with its whole process group.
import { spawn } from "node:child_process";
import { stopLater } from "./cleanup";

export interface RunningServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

export async function spawnServer(options: {
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  readyPath: string;
  timeoutMs?: number;
}): Promise<RunningServer> {
  // Its own process group: Ctrl-C in the terminal reaches only the bench,
  // which then stops the server before the database it needs.
  const child = spawn(options.command, options.args, {
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  // BENCH_SERVER_LOGS=1 shows what the servers print, to find out why requests fail.
  if (process.env.BENCH_SERVER_LOGS) {
    child.stdout.pipe(process.stderr);
    child.stderr.pipe(process.stderr);
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const group = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    };
    group("SIGTERM");
    const timer = setTimeout(() => group("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const stop = stopLater(options.name, kill, () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGKILL");
  });

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (true) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`${options.name} exited (${child.exitCode ?? child.signalCode}) before it answered:\n${output}`);
    }
    try {
      const response = await fetch(options.url + options.readyPath, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `${options.name} did not answer ${options.readyPath} within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: options.url, pid: child.pid!, stop };
}
