// A per-process cache whose entries the database drops: a trigger NOTIFYs on
// `channel` with the key that changed (lib/db-events.ts), on every instance.
// While notifications are not flowing the cache is bypassed, since it could
// no longer tell what went stale. Concurrent misses for one key share one
// load, so a crowd opening the same showtime costs one query, not a thousand.
import { notificationsLive, subscribe } from "@/lib/db-events";

interface Entry<V> {
  value: V;
  expires: number;
}

export interface NotifiedCache<V> {
  get(key: string, load: () => Promise<V>): Promise<V>;
  /** Drops a key here (the notification drops it everywhere else). */
  forget(key: string): void;
}

interface Options {
  channel: string;
  maxEntries: number;
  /** A bound on staleness should a notification ever not arrive. */
  ttlMs: number;
  /**
   * What a notification drops: the entry its payload names (the default; a
   * payload of "*" drops everything), or everything, for caches whose keys
   * are queries rather than ids.
   */
  drops?: "named" | "everything";
}

function create<V>(options: Options): NotifiedCache<V> {
  const entries = new Map<string, Entry<V>>();
  const loading = new Map<string, Promise<V>>();
  // Bumped by each invalidation: a load that started before it must not be kept.
  const generation = new Map<string, number>();
  let epoch = 0;
  const reset = () => {
    epoch++;
    entries.clear();
    loading.clear();
    generation.clear();
  };
  const invalidate = (key: string) => {
    entries.delete(key);
    loading.delete(key);
    generation.set(key, (generation.get(key) ?? 0) + 1);
    // Forgetting everything is always safe, and keeps the counters bounded.
    if (generation.size > options.maxEntries * 10) reset();
  };
  subscribe(
    options.channel,
    (payload) => (payload === "*" || options.drops === "everything" ? reset() : invalidate(payload)),
    reset,
  );

  return {
    async get(key, load) {
      if (!notificationsLive(options.channel)) return load();
      const cached = entries.get(key);
      if (cached && cached.expires > Date.now()) return cached.value;
      const pending = loading.get(key);
      if (pending) return pending;
      const started = generation.get(key) ?? 0;
      const startedEpoch = epoch;
      const promise = load().then(
        (value) => {
          if (loading.get(key) === promise) loading.delete(key);
          const unchanged = (generation.get(key) ?? 0) === started && epoch === startedEpoch;
          if (unchanged && notificationsLive(options.channel)) {
            if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
            entries.set(key, { value, expires: Date.now() + options.ttlMs });
          }
          return value;
        },
        (error) => {
          if (loading.get(key) === promise) loading.delete(key);
          throw error;
        },
      );
      loading.set(key, promise);
      return promise;
    },
    forget: invalidate,
  };
}

const globalForCaches = globalThis as unknown as { cinemaNotifiedCaches?: Map<string, NotifiedCache<unknown>> };

/** The process's cache called `name` (one per process, whichever bundle asks). */
export function notifiedCache<V>(name: string, options: Options): NotifiedCache<V> {
  const caches = (globalForCaches.cinemaNotifiedCaches ??= new Map());
  let cache = caches.get(name);
  if (!cache) {
    cache = create<V>(options) as NotifiedCache<unknown>;
    caches.set(name, cache);
  }
  return cache as NotifiedCache<V>;
}
