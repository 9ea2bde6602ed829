import "server-only";
// Live seat maps: open seat pickers are told what changed by Server-Sent
// Events instead of each polling the whole map. Each instance listens for
// the showtime's seat changes (NOTIFY from any instance), rebuilds the shared
// map at most every FRESH_MS, and sends every picker of that showtime only
// the seats whose status changed. Holds that run out are sent when they do.
import { FRESH_MS, onSeatChange } from "@/lib/services/seats";
import { getSeatMap, type SeatMap } from "./seat-map";

type Statuses = Map<string, string>;

export interface SeatWatcher {
  /** One Server-Sent Event: `event` and its JSON `data`. */
  send(event: string, data: unknown): void;
}

interface Showing {
  watchers: Set<SeatWatcher>;
  sent: Statuses;
  timer: NodeJS.Timeout | null;
  dueAt: number;
}

const KEEP_ALIVE_MS = 20_000;

interface Streams {
  showings: Map<string, Showing>;
  keepAlive: NodeJS.Timeout | null;
}

const globalForStreams = globalThis as unknown as { cinemaSeatStreams?: Streams };
const streams: Streams = (globalForStreams.cinemaSeatStreams ??= (() => {
  const created: Streams = { showings: new Map(), keepAlive: null };
  onSeatChange((showtimeId) => {
    const showing = created.showings.get(showtimeId);
    if (showing) schedule(showtimeId, showing, FRESH_MS);
  });
  return created;
})());

const statusesOf = (map: SeatMap): Statuses => new Map(map.seats.map((seat) => [seat.id, seat.status]));

/** Flushes the showing's changes in `delayMs`, or sooner if a flush is already due sooner. */
function schedule(showtimeId: string, showing: Showing, delayMs: number) {
  const dueAt = Date.now() + Math.max(0, delayMs);
  if (showing.timer && showing.dueAt <= dueAt) return;
  if (showing.timer) clearTimeout(showing.timer);
  showing.dueAt = dueAt;
  showing.timer = setTimeout(() => void flush(showtimeId, showing), dueAt - Date.now());
  showing.timer.unref?.();
}

async function flush(showtimeId: string, showing: Showing) {
  showing.timer = null;
  if (showing.watchers.size === 0) return;
  try {
    const { map, validUntil } = await getSeatMap(showtimeId);
    const now = statusesOf(map);
    const changes = [...now].filter(([seatId, status]) => showing.sent.get(seatId) !== status);
    showing.sent = now;
    if (changes.length) for (const watcher of showing.watchers) watcher.send("seats", { changes });
    expireLater(showtimeId, showing, validUntil);
  } catch {
    schedule(showtimeId, showing, 1_000);
  }
}

/** The next hold to run out frees its seats without any notification: look again then. */
function expireLater(showtimeId: string, showing: Showing, validUntil: number) {
  schedule(showtimeId, showing, validUntil - Date.now() + 50);
}

function keepAlive() {
  if (streams.keepAlive) return;
  streams.keepAlive = setInterval(() => {
    for (const showing of streams.showings.values()) for (const watcher of showing.watchers) watcher.send("ping", {});
    if (streams.showings.size === 0 && streams.keepAlive) {
      clearInterval(streams.keepAlive);
      streams.keepAlive = null;
    }
  }, KEEP_ALIVE_MS);
  streams.keepAlive.unref?.();
}

/**
 * Starts telling `watcher` about the showtime's seats: first every seat's
 * status, then the changes. Returns the function that stops it.
 */
export async function watchSeats(showtimeId: string, watcher: SeatWatcher): Promise<() => void> {
  const { map, validUntil } = await getSeatMap(showtimeId);
  let showing = streams.showings.get(showtimeId);
  if (!showing) {
    showing = { watchers: new Set(), sent: statusesOf(map), timer: null, dueAt: 0 };
    streams.showings.set(showtimeId, showing);
  }
  showing.watchers.add(watcher);
  watcher.send("seats", { changes: [...statusesOf(map)] });
  expireLater(showtimeId, showing, validUntil);
  keepAlive();
  const current = showing;
  return () => {
    current.watchers.delete(watcher);
    if (current.watchers.size === 0) {
      if (current.timer) clearTimeout(current.timer);
      streams.showings.delete(showtimeId);
    }
  };
}
