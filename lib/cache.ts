import "server-only";
// Catalogue reads cached by Next.js and dropped the moment staff change the
// data. Outside a Next.js server (scripts, tests) reads go straight to the
// database. The cache is per app instance, so other instances may serve a
// change up to CATALOGUE_TTL_SECONDS late.
import { revalidateTag, unstable_cache } from "next/cache";

export const CATALOGUE_TTL_SECONDS = 60;

const inNextServer = () => process.env.NEXT_RUNTIME === "nodejs";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The cache stores JSON: bring the dates back. */
function reviveDates<T>(value: T): T {
  if (typeof value === "string" && ISO_DATE.test(value)) return new Date(value) as T;
  if (Array.isArray(value)) return value.map(reviveDates) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, reviveDates(inner)])) as T;
  }
  return value;
}

/**
 * `read`, cached per distinct arguments (their JSON is the key). `normalise`
 * maps arguments that mean the same read to one form first, so that spelling
 * a query differently neither misses the cache nor grows it.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  tags: string[],
  read: (...args: A) => Promise<R>,
  normalise: (...args: A) => A = (...args) => args,
): (...args: A) => Promise<R> {
  const cached = unstable_cache(read, [name], { tags, revalidate: CATALOGUE_TTL_SECONDS });
  return async (...args: A) => {
    const key = normalise(...args);
    return inNextServer() ? reviveDates(await cached(...key)) : read(...key);
  };
}

/** Drops cached reads of these tags at once (staff just changed the data). */
export function invalidate(...tags: string[]): void {
  if (!inNextServer()) return;
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

export const TAGS = { movies: "catalogue:movies", cinemas: "catalogue:cinemas" } as const;
