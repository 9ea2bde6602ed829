import "server-only";
// Rate limits shared by every app instance through PostgreSQL
// ("users"."rate_limits", in rate-limiter-flexible's table layout). Two ways
// of counting, by what a limit guards:
//
// - exact: sign-in, sign-up and account recovery. One atomic upsert per
//   attempt, so a crowd of guesses racing through several instances is
//   refused at exactly the N+1st. These paths hash a password anyway.
// - local-first: the on-sale path (holds, bookings). Counted in this
//   process's memory; once a subject has used a tenth of its allowance here,
//   its count is written to PostgreSQL in one sorted batch every SYNC_MS,
//   which also tells the instance what the others counted. One instance
//   refuses at exactly the N+1st; several together may let through a tenth
//   of the limit each before they share, plus what they count within one
//   interval. No request waits for the database, nobody queues on a row that
//   everyone behind one address shares, and the many subjects far from their
//   limit cost the database nothing.
import { db, pgPool } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface Limit {
  name: string;
  points: number;
  windowSeconds: number;
  /** How it is counted (see above); exact unless the limit guards the on-sale path. */
  counting?: "exact" | "local-first";
}

// Raised by the test runner so suites that fire many requests from one address pass.
const multiplier = () => Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1));

export const LIMITS = {
  signInPerIp: { name: "sign-in:ip", points: 20, windowSeconds: 60, counting: "exact" },
  signInPerAccount: { name: "sign-in:account", points: 10, windowSeconds: 300, counting: "exact" },
  registerPerIp: { name: "register:ip", points: 10, windowSeconds: 3600, counting: "exact" },
  holdsPerAccount: { name: "holds:account", points: 30, windowSeconds: 60, counting: "local-first" },
  holdsPerIp: { name: "holds:ip", points: 120, windowSeconds: 60, counting: "local-first" },
  bookingsPerAccount: { name: "bookings:account", points: 20, windowSeconds: 600, counting: "local-first" },
  bookingsPerIp: { name: "bookings:ip", points: 60, windowSeconds: 600, counting: "local-first" },
  passwordChangePerAccount: { name: "password-change:account", points: 5, windowSeconds: 900, counting: "exact" },
  passwordResetPerIp: { name: "password-reset:ip", points: 10, windowSeconds: 3600, counting: "exact" },
  passwordResetPerAccount: { name: "password-reset:account", points: 3, windowSeconds: 3600, counting: "exact" },
  verificationPerAccount: { name: "verification:account", points: 5, windowSeconds: 3600, counting: "exact" },
} satisfies Record<string, Limit>;

function refuse(expireMs: number, now: number): AppError {
  const retryAfter = Math.max(1, Math.ceil((expireMs - now) / 1000));
  return new AppError("rate_limited", `Too many attempts. Try again in ${retryAfter} seconds.`, {
    headers: { "retry-after": String(retryAfter) },
    extra: { retryAfter },
  });
}

async function consumeExact(limit: Limit, key: string, now: number): Promise<void> {
  const rows = await db.$queryRaw<{ points: number; expire: bigint }[]>`
    INSERT INTO "users"."rate_limits" ("key", "points", "expire")
    VALUES (${key}, 1, ${BigInt(now + limit.windowSeconds * 1000)})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "rate_limits"."expire" <= ${BigInt(now)} THEN 1 ELSE "rate_limits"."points" + 1 END,
      "expire" = CASE WHEN "rate_limits"."expire" <= ${BigInt(now)} THEN EXCLUDED."expire" ELSE "rate_limits"."expire" END
    RETURNING "points", "expire"`;
  const { points, expire } = rows[0];
  if (points > limit.points * multiplier()) throw refuse(Number(expire), now);
}

interface Bucket {
  /** What this instance believes the whole count is. */
  count: number;
  expire: number;
  /** Counted here, not yet written. */
  unsynced: number;
  /** From this count on the subject's count is shared with the other instances. */
  shareFrom: number;
}

const SYNC_MS = 200;
const globalForLimits = globalThis as unknown as {
  cinemaLocalLimits?: { buckets: Map<string, Bucket>; timer: NodeJS.Timeout | null };
};
const local = (globalForLimits.cinemaLocalLimits ??= { buckets: new Map(), timer: null });

async function sync(): Promise<void> {
  local.timer = null;
  const now = Date.now();
  // Sorted, so two instances' batches lock the same rows in the same order.
  const batch = [...local.buckets]
    .filter(([, bucket]) => bucket.unsynced > 0 && bucket.count >= bucket.shareFrom)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, bucket] of local.buckets) {
    if (bucket.expire <= now && (bucket.unsynced === 0 || bucket.count < bucket.shareFrom)) local.buckets.delete(key);
  }
  if (batch.length === 0) return;
  const deltas = batch.map(([, bucket]) => bucket.unsynced);
  batch.forEach(([, bucket]) => (bucket.unsynced = 0));
  try {
    const { rows } = await pgPool().query<{ key: string; points: number; expire: string }>(
      `INSERT INTO "users"."rate_limits" ("key", "points", "expire")
       SELECT * FROM unnest($1::varchar[], $2::int[], $3::bigint[])
       ON CONFLICT ("key") DO UPDATE SET
         "points" = CASE WHEN "rate_limits"."expire" <= $4 THEN EXCLUDED."points" ELSE "rate_limits"."points" + EXCLUDED."points" END,
         "expire" = CASE WHEN "rate_limits"."expire" <= $4 THEN EXCLUDED."expire" ELSE "rate_limits"."expire" END
       RETURNING "key", "points", "expire"`,
      [batch.map(([key]) => key), deltas, batch.map(([, bucket]) => bucket.expire), now],
    );
    for (const row of rows) {
      const bucket = local.buckets.get(row.key);
      if (!bucket) continue;
      // The database's count includes every instance's; add what arrived here meanwhile.
      bucket.count = Math.max(bucket.count, row.points + bucket.unsynced);
      bucket.expire = Number(row.expire);
    }
  } catch (error) {
    batch.forEach(([, bucket], i) => (bucket.unsynced += deltas[i]));
    logger.warn({ err: error }, "could not share rate-limit counts; counting locally meanwhile");
  }
  if (local.buckets.size > 0) scheduleSync();
}

function scheduleSync() {
  if (local.timer) return;
  local.timer = setTimeout(() => void sync(), SYNC_MS);
  local.timer.unref?.();
}

function consumeLocal(limit: Limit, key: string, now: number): void {
  let bucket = local.buckets.get(key);
  if (!bucket || bucket.expire <= now) {
    const shareFrom = Math.ceil((limit.points * multiplier()) / 10);
    bucket = { count: 0, expire: now + limit.windowSeconds * 1000, unsynced: bucket?.unsynced ?? 0, shareFrom };
    local.buckets.set(key, bucket);
  }
  scheduleSync();
  if (bucket.count >= limit.points * multiplier()) throw refuse(bucket.expire, now);
  bucket.count++;
  bucket.unsynced++;
}

/** Counts one request against `limit` for `subject`; throws 429 rate_limited when over. */
export async function consume(limit: Limit, subject: string): Promise<void> {
  const key = `${limit.name}:${subject}`.slice(0, 255);
  const now = Date.now();
  if (limit.counting === "local-first") consumeLocal(limit, key, now);
  else await consumeExact(limit, key, now);
}

export { clientIp } from "./client-address";
