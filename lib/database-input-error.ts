// PostgreSQL's refusals of a value (NUL in text, a number out of range, a
// string too long, a malformed date). Request schemas should stop such input
// first; when one misses, the caller still gets a 400, never a 500.

/** SQLSTATEs of class 22 (data exception) that mean "this input value is unacceptable". */
const INPUT_SQLSTATES = new Set([
  "22001", // string data right truncation (too long)
  "22003", // numeric value out of range
  "22007", // invalid datetime format
  "22008", // datetime field overflow
  "22021", // character not in repertoire / invalid byte sequence (NUL)
  "22P02", // invalid text representation
  "22P05", // untranslatable character
]);

/** Prisma's own codes for the same refusals, raised before or instead of PostgreSQL's. */
const INPUT_PRISMA_CODES = new Set(["P2000", "P2020", "P2033"]);

interface MaybeDatabaseError {
  name?: unknown;
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } };
  cause?: { originalCode?: unknown; code?: unknown };
}

/** The SQLSTATE (or Prisma code) when `error` is the database refusing an input value; else null. */
export function databaseInputErrorCode(error: unknown): string | null {
  if (!error || typeof error !== "object") return null;
  const candidate = error as MaybeDatabaseError;
  const driverCause =
    candidate.meta?.driverAdapterError?.cause ??
    (candidate.name === "DriverAdapterError" ? candidate.cause : undefined);
  const sqlState = driverCause?.originalCode ?? driverCause?.code ?? candidate.code;
  if (typeof sqlState === "string" && (INPUT_SQLSTATES.has(sqlState) || INPUT_PRISMA_CODES.has(sqlState)))
    return sqlState;
  return null;
}
