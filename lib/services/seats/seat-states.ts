import "server-only";
// The live state of every seat of a showtime, read in one query and shared
// by every reader in this instance. When a seat of the showtime changes, on
// any instance, the showtime_seats_notify trigger says so; the snapshot is
// then read again, but at most every FRESH_MS: during an on-sale rush a
// thousand holds a second cost a few reads, not a thousand. This instance's
// own holds are written into its snapshot at once, so a buyer always sees
// their own seats. A hold runs out without any row changing, so statuses are
// worked out at the moment of reading from each hold's end.
import { pgPool } from "@/lib/db";
import { notificationsLive, subscribe } from "@/lib/db-events";

export interface SeatStateRow {
  seatId: string;
  status: "AVAILABLE" | "HELD" | "SOLD";
  heldBy: string | null;
  /** ms since the epoch */
  heldUntil: number | null;
  holdId: string | null;
}

export interface SeatStates {
  showtimeId: string;
  seats: SeatStateRow[];
  /** When the rows were read (ms); a patch keeps it. */
  readAt: number;
}

export type LiveStatus = "available" | "held" | "sold";

/** A seat's status at `now`: a hold past its end is free again, whether or not the sweeper came by. */
export function liveStatus(row: SeatStateRow, now: number): LiveStatus {
  if (row.status === "SOLD") return "sold";
  if (row.status === "HELD" && row.heldUntil !== null && row.heldUntil > now) return "held";
  return "available";
}

/** How stale a snapshot may be once another buyer changed a seat. */
export const FRESH_MS = 250;
/** A bound on staleness should a notification ever not arrive. */
const MAX_AGE_MS = 10_000;
const CHANNEL = "cinema_seats";
const KEPT = 2_000;

interface Entry {
  states: SeatStates;
  stale: boolean;
}

interface Store {
  entries: Map<string, Entry>;
  loading: Map<string, Promise<SeatStates>>;
  /** Bumped by every notified change: a read that started before one is kept, but as stale. */
  notified: Map<string, number>;
  /** Bumped by this instance's own changes: a read that started before one is not kept at all. */
  generation: Map<string, number>;
  changeListeners: Set<(showtimeId: string) => void>;
}

function bump(counters: Map<string, number>, key: string) {
  counters.set(key, (counters.get(key) ?? 0) + 1);
  // Forgetting the counters is safe (reads in flight are then not kept), and keeps them bounded.
  if (counters.size > KEPT * 10) counters.clear();
}

const globalForStates = globalThis as unknown as { cinemaSeatStates?: Store };
const store: Store = (globalForStates.cinemaSeatStates ??= (() => {
  const created: Store = {
    entries: new Map(),
    loading: new Map(),
    notified: new Map(),
    generation: new Map(),
    changeListeners: new Set(),
  };
  subscribe(
    CHANNEL,
    // One showtime's id (from the trigger), or several, comma-separated (seat-change-notices.ts).
    (payload) => {
      for (const showtimeId of payload.split(",")) {
        const entry = created.entries.get(showtimeId);
        if (entry) entry.stale = true;
        if (created.loading.has(showtimeId)) bump(created.notified, showtimeId);
        for (const listener of created.changeListeners) listener(showtimeId);
      }
    },
    () => {
      created.entries.clear();
      created.loading.clear();
      created.notified.clear();
      created.generation.clear();
    },
  );
  return created;
})());

async function read(showtimeId: string): Promise<SeatStates> {
  const readAt = Date.now();
  const { rows } = await pgPool().query<{
    seat_id: string;
    status: SeatStateRow["status"];
    held_by: string | null;
    held_until: Date | null;
    hold_id: string | null;
  }>(`SELECT seat_id, status, held_by, held_until, hold_id FROM "seats"."showtime_seats" WHERE showtime_id = $1`, [
    showtimeId,
  ]);
  return {
    showtimeId,
    readAt,
    seats: rows.map((row) => ({
      seatId: row.seat_id,
      status: row.status,
      heldBy: row.held_by,
      heldUntil: row.held_until?.getTime() ?? null,
      holdId: row.hold_id,
    })),
  };
}

function reload(showtimeId: string): Promise<SeatStates> {
  const pending = store.loading.get(showtimeId);
  if (pending) return pending;
  const started = store.generation.get(showtimeId) ?? 0;
  const notifiedBefore = store.notified.get(showtimeId) ?? 0;
  const promise = read(showtimeId).finally(() => {
    if (store.loading.get(showtimeId) === promise) store.loading.delete(showtimeId);
  });
  store.loading.set(showtimeId, promise);
  return promise.then((states) => {
    if ((store.generation.get(showtimeId) ?? 0) === started && notificationsLive(CHANNEL)) {
      if (!store.entries.has(showtimeId) && store.entries.size >= KEPT) {
        store.entries.delete(store.entries.keys().next().value!);
      }
      const stale = (store.notified.get(showtimeId) ?? 0) !== notifiedBefore;
      store.entries.set(showtimeId, { states, stale });
    }
    return states;
  });
}

/** The showtime's seat states, at most FRESH_MS behind another buyer's change. Shared: do not modify. */
export async function seatStates(showtimeId: string): Promise<SeatStates> {
  if (!notificationsLive(CHANNEL)) return read(showtimeId);
  const entry = store.entries.get(showtimeId);
  const age = entry ? Date.now() - entry.states.readAt : Infinity;
  if (entry && age < MAX_AGE_MS && (!entry.stale || age < FRESH_MS)) return entry.states;
  return reload(showtimeId);
}

/** This instance just held seats: its snapshot shows them at once. */
export function recordHold(
  showtimeId: string,
  hold: { holdId: string; userId: string; seatIds: string[]; expiresAt: Date },
) {
  const entry = store.entries.get(showtimeId);
  if (!entry) return;
  const taken = new Set(hold.seatIds);
  const seats = entry.states.seats.map((row) =>
    taken.has(row.seatId)
      ? {
          ...row,
          status: "HELD" as const,
          heldBy: hold.userId,
          heldUntil: hold.expiresAt.getTime(),
          holdId: hold.holdId,
        }
      : row,
  );
  store.entries.set(showtimeId, { states: { ...entry.states, seats }, stale: entry.stale });
}

/** This instance changed seats in a way it doesn't patch (release, sale): the next reader reads them again. */
export function seatStatesChanged(showtimeId: string): void {
  store.entries.delete(showtimeId);
  store.loading.delete(showtimeId);
  bump(store.generation, showtimeId);
}

/** Called with a showtime's id whenever one of its seats changed, on any instance (live seat maps listen). */
export function onSeatChange(listener: (showtimeId: string) => void): () => void {
  store.changeListeners.add(listener);
  return () => store.changeListeners.delete(listener);
}
