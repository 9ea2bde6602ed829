import "server-only";
// What a credential is checked against on every request: the user's standing
// (role, token version, disabled) and the session it names. Both are cached
// per instance, and the database's triggers drop an entry on every instance
// when it changes (NOTIFY cinema_users / cinema_sessions), so disabling a
// user, changing a password or revoking a session takes effect everywhere
// within moments while the on-sale path reads no user row at all.
import { pgPool } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { notifiedCache } from "@/lib/notified-cache";
import { SESSION_IDLE_MINUTES } from "./session-policy";

export interface Standing {
  id: string;
  email: string;
  name: string;
  role: Role;
  tokenVersion: number;
  disabled: boolean;
}

/** How often a session's last use is written: often enough for the idle timeout, rarely enough to cost nothing. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionState {
  userId: string;
  expiresAt: number;
  revoked: boolean;
  lastSeenAt: number;
}

async function loadSessionState(id: string): Promise<SessionState | null> {
  const { rows } = await pgPool().query<{
    user_id: string;
    expires_at: Date;
    revoked_at: Date | null;
    last_seen_at: Date;
  }>(`SELECT user_id, expires_at, revoked_at, last_seen_at FROM "users"."sessions" WHERE id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.user_id,
    expiresAt: row.expires_at.getTime(),
    revoked: row.revoked_at !== null,
    lastSeenAt: row.last_seen_at.getTime(),
  };
}

function idleSince(state: SessionState, now: number): boolean {
  return now - state.lastSeenAt > SESSION_IDLE_MINUTES * 60_000;
}

/** Records that the session is in use (at most once a minute per session and instance). */
function touchSession(id: string, state: SessionState, now: number): void {
  if (now - state.lastSeenAt < TOUCH_EVERY_MS) return;
  state.lastSeenAt = now;
  pgPool()
    .query(`UPDATE "users"."sessions" SET last_seen_at = now() WHERE id = $1 AND revoked_at IS NULL`, [id])
    .catch(() => {
      // The next request tries again; an idle check re-reads the row before refusing anyone.
    });
}

const CACHE_TTL_MS = 5 * 60_000;
const users = notifiedCache<Standing | null>("user-standing", {
  channel: "cinema_users",
  maxEntries: 100_000,
  ttlMs: CACHE_TTL_MS,
});
const sessions = notifiedCache<SessionState | null>("session-state", {
  channel: "cinema_sessions",
  maxEntries: 100_000,
  ttlMs: CACHE_TTL_MS,
});

async function loadStanding(id: string): Promise<Standing | null> {
  const { rows } = await pgPool().query<{
    id: string;
    email: string;
    name: string;
    role: Role;
    token_version: number;
    disabled_at: Date | null;
  }>(`SELECT id, email, name, role::text AS role, token_version, disabled_at FROM "users"."users" WHERE id = $1`, [id]);
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    tokenVersion: row.token_version,
    disabled: row.disabled_at !== null,
  };
}

export function userStanding(id: string): Promise<Standing | null> {
  return users.get(id, () => loadStanding(id));
}

/**
 * Call after committing a change to a user's standing or sessions: this
 * instance forgets at once (the trigger's notification tells the others, and
 * this one too, a moment later).
 */
export function standingChanged(change: { userId?: string; sessionIds?: string[] }): void {
  if (change.userId) users.forget(change.userId);
  for (const id of change.sessionIds ?? []) sessions.forget(id);
}

/**
 * Whether a session is live for `userId`: not revoked, not past its lifetime,
 * not idle too long (its last use is re-read before anyone is refused, since
 * another instance may have seen it more recently). Counts as a use.
 */
export async function sessionIsLive(sessionId: string, userId: string): Promise<boolean> {
  const now = Date.now();
  let state = await sessions.get(sessionId, () => loadSessionState(sessionId));
  if (state && !state.revoked && idleSince(state, now)) {
    sessions.forget(sessionId);
    state = await sessions.get(sessionId, () => loadSessionState(sessionId));
  }
  if (!state || state.userId !== userId || state.revoked || state.expiresAt <= now || idleSince(state, now)) {
    return false;
  }
  touchSession(sessionId, state, now);
  return true;
}
