import "server-only";
// Rate limits shared by every app instance: counters live in PostgreSQL
// ("users"."rate_limits"), updated with one atomic upsert per request.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface Limit {
  name: string;
  points: number;
  windowSeconds: number;
}

// Raised by the test runner so suites that fire many requests from one address pass.
const multiplier = () => Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));

export const LIMITS = {
  signInPerIp: { name: "sign-in:ip", points: 20, windowSeconds: 60 },
  signInPerAccount: { name: "sign-in:account", points: 10, windowSeconds: 300 },
  registerPerIp: { name: "register:ip", points: 10, windowSeconds: 3600 },
  holdsPerAccount: { name: "holds:account", points: 30, windowSeconds: 60 },
  holdsPerIp: { name: "holds:ip", points: 120, windowSeconds: 60 },
  bookingsPerAccount: { name: "bookings:account", points: 20, windowSeconds: 600 },
  bookingsPerIp: { name: "bookings:ip", points: 60, windowSeconds: 600 },
  passwordChangePerAccount: { name: "password-change:account", points: 5, windowSeconds: 900 },
  passwordResetPerIp: { name: "password-reset:ip", points: 10, windowSeconds: 3600 },
  passwordResetPerAccount: { name: "password-reset:account", points: 3, windowSeconds: 3600 },
  verificationPerAccount: { name: "verification:account", points: 5, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

/** Counts one request against `limit` for `subject`; throws 429 rate_limited when over. */
export async function consume(limit: Limit, subject: string): Promise<void> {
  const key = `${limit.name}:${subject}`.slice(0, 255);
  const now = Date.now();
  const rows = await db.$queryRaw<{ points: number; expire: bigint }[]>`
    INSERT INTO "users"."rate_limits" ("key", "points", "expire")
    VALUES (${key}, 1, ${BigInt(now + limit.windowSeconds * 1000)})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "rate_limits"."expire" <= ${BigInt(now)} THEN 1 ELSE "rate_limits"."points" + 1 END,
      "expire" = CASE WHEN "rate_limits"."expire" <= ${BigInt(now)} THEN EXCLUDED."expire" ELSE "rate_limits"."expire" END
    RETURNING "points", "expire"`;
  const { points, expire } = rows[0];
  if (points > limit.points * multiplier()) {
    const retryAfter = Math.max(1, Math.ceil((Number(expire) - now) / 1000));
    throw new AppError("rate_limited", `Too many attempts. Try again in ${retryAfter} seconds.`, {
      headers: { "retry-after": String(retryAfter) },
      extra: { retryAfter },
    });
  }
}

export { clientIp } from "./client-address";
