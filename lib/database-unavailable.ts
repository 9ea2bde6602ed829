// "The database can't be reached right now": a refused or dropped
// connection, a server shutting down or full. Answered 503 with Retry-After,
// never as a wrong password or an unexplained 500.
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin shutdown
  "57P02", // crash shutdown
  "57P03", // cannot connect now (starting up)
  "53300", // too many connections
  "P1001", // Prisma: can't reach database server
  "P1002", // Prisma: database server timed out
  "P1017", // Prisma: server closed the connection
]);

interface Chained {
  code?: unknown;
  originalCode?: unknown;
  kind?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
  errors?: unknown[];
}

export function databaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const candidate = error as Chained;
  for (const code of [candidate.code, candidate.originalCode])
    if (typeof code === "string" && UNREACHABLE.has(code)) return true;
  if (candidate.kind === "DatabaseNotReachable" || candidate.kind === "ConnectionClosed") return true;
  if (
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      String((error as Error).message ?? ""),
    )
  ) {
    return true;
  }
  const inner = [candidate.cause, candidate.meta?.driverAdapterError, ...(candidate.errors ?? [])];
  return inner.some((next) => databaseUnavailable(next, depth + 1));
}
