// One autocannon run against one server: a short warm-up that is thrown
// away, then the measured run. Gives requests per second, p50 and p99
// latency, and the answers counted by status.
import autocannon from "autocannon";
import { cpuSpent, type CpuSample, type CpuSnapshot } from "./cpu";

export interface Outgoing {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  statuses: Record<string, number>;
  /** Connection errors and timeouts: no answer at all. */
  errors: number;
  /** CPU ms per answered request, of the server and of PostgreSQL, when measured. */
  cpuPerRequest?: CpuSample;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
  /** The next request to send; called once per request. */
  next: () => Outgoing;
  /** Requests for the warm-up, when they must not touch the measured data. */
  nextWarmup?: () => Outgoing;
  /** Sees every answer of the measured run (body included). */
  onAnswer?: (status: number, body: string) => void;
  /** Reads the CPU time of the server and the database so far. */
  cpu?: () => CpuSnapshot;
}

async function fire(options: {
  url: string;
  connections: number;
  seconds: number;
  next: () => Outgoing;
  onAnswer?: (status: number, body: string) => void;
}) {
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...options.next() }),
        ...(options.onAnswer ? { onResponse: (status: number, body: string) => options.onAnswer!(status, body) } : {}),
      },
    ],
  });
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) {
    const warm = await fire({
      url: options.url,
      connections: options.connections,
      seconds: options.warmupSeconds,
      next: options.nextWarmup ?? options.next,
    });
    await drain(warm);
  }
  const before = options.cpu?.();
  const result = await fire(options);
  const statuses: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = Number(count ?? 0);
  const answered = Object.values(statuses).reduce((sum, n) => sum + n, 0);
  let cpuPerRequest: CpuSample | undefined;
  if (options.cpu && before) {
    // The requests in flight at the stop (one per connection) are still
    // worked through: count their CPU and count them.
    await drain(result);
    const spent = cpuSpent(before, options.cpu());
    const served = answered + options.connections;
    cpuPerRequest = { server: spent.server / served, database: spent.database / served };
  }
  return {
    requestsPerSecond: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: answered,
    statuses,
    errors: result.errors, // timeouts included
    cpuPerRequest,
  };
}

/**
 * autocannon stops sending when its time is up but the server still works
 * through the requests in flight: wait about its slowest answer, so that
 * work ends before the next run starts (and is billed to the right run).
 */
async function drain(run: autocannon.Result): Promise<void> {
  const slowest = run.latency.max > 0 ? run.latency.max : 2000;
  await new Promise((resolve) => setTimeout(resolve, Math.min(15_000, slowest + 200)));
}

/** Requests thrown away, to wake a server up (lazy route loading, JIT, pools) before it is measured. */
export async function warmUp(url: string, connections: number, seconds: number, next: () => Outgoing): Promise<void> {
  if (seconds > 0) await drain(await fire({ url, connections, seconds, next }));
}
