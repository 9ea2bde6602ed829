import "server-only";
// Telling every instance which showtimes' seats changed, for holds. A NOTIFY
// per hold would make every commit queue for PostgreSQL's notification lock
// and wake every listening instance a thousand times a second in an on-sale
// rush. So each instance gathers the showtimes it held seats in and
// announces them together, at most once per WINDOW_MS: one NOTIFY names
// many showtimes. (Other changes to seats are announced by the
// showtime_seats_notify trigger, one showtime per notification.)
import { pgPool } from "@/lib/db";
import { logger } from "@/lib/logger";

const WINDOW_MS = 100;
/** Under PostgreSQL's 8,000-byte limit for a payload. */
const PAYLOAD_BYTES = 7_000;

interface Notices {
  changed: Set<string>;
  timer: NodeJS.Timeout | null;
  lastSent: number;
}

const globalForNotices = globalThis as unknown as { cinemaSeatNotices?: Notices };
const notices = (globalForNotices.cinemaSeatNotices ??= { changed: new Set(), timer: null, lastSent: 0 });

function send() {
  notices.timer = null;
  notices.lastSent = Date.now();
  const payloads: string[] = [];
  let current = "";
  for (const showtimeId of notices.changed) {
    if (current && current.length + showtimeId.length + 1 > PAYLOAD_BYTES) {
      payloads.push(current);
      current = "";
    }
    current = current ? `${current},${showtimeId}` : showtimeId;
  }
  if (current) payloads.push(current);
  notices.changed.clear();
  for (const payload of payloads) {
    pgPool()
      .query(`SELECT pg_notify('cinema_seats', $1)`, [payload])
      .catch((error) => logger.warn({ err: error }, "could not announce seat changes"));
  }
}

/** After a committed hold: every instance learns within WINDOW_MS that this showtime's seats changed. */
export function announceSeatChange(showtimeId: string): void {
  notices.changed.add(showtimeId);
  if (notices.timer) return;
  notices.timer = setTimeout(send, Math.max(0, notices.lastSent + WINDOW_MS - Date.now()));
  notices.timer.unref?.();
}
