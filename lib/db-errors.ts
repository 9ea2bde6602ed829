// What a database refusal means for the caller. Unique constraints are the
// database's way to settle races ("who took this e-mail first"): the loser's
// Prisma error becomes the AppError its caller expects, in one place.
import { AppError, type ErrorCode } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

/** True when `error` is a unique-constraint violation (on `fields`, when given, as Prisma names them). */
export function isUniqueViolation(error: unknown, fields?: string[]): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!fields) return true;
  const target = JSON.stringify(error.meta ?? {});
  return fields.every((field) => target.includes(field));
}

/** Rethrows a unique violation as the AppError `code` with `detail`; any other error as it is. */
export function uniqueViolationAs(error: unknown, code: ErrorCode, detail: string, fields?: string[]): never {
  if (isUniqueViolation(error, fields)) throw new AppError(code, detail, { cause: error });
  throw error;
}

interface DriverCause {
  originalCode?: string;
  code?: string;
  originalMessage?: string;
  message?: string;
}

function driverCause(error: unknown): DriverCause | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = error.meta as { driverAdapterError?: { cause?: DriverCause } } | undefined;
  return meta?.driverAdapterError?.cause ?? null;
}

/**
 * True when PostgreSQL refused a row for the named constraint (an integrity
 * violation, SQLSTATE class 23: unique, exclusion, check, foreign key), read
 * from the driver's own report rather than from an error's printed text.
 */
export function violates(error: unknown, constraint: string): boolean {
  const cause = driverCause(error);
  const code = cause?.originalCode ?? cause?.code;
  if (!cause || !code?.startsWith("23")) return false;
  return (cause.originalMessage ?? cause.message ?? "").includes(`"${constraint}"`);
}
