import "server-only";
// Server-side sessions. Every browser sign-in and every app (the family of
// its refresh tokens) is a row that each request is checked against, through
// a per-instance cache that a database trigger keeps honest (standing.ts). So
// signing out, revoking a session or an app, or staying idle too long ends a
// credential at once, although cookies and access tokens are signed tokens
// that would otherwise live until they expire.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { SESSION_IDLE_MINUTES, SESSION_LIFETIME_DAYS } from "./session-policy";
import { standingChanged } from "./standing";

export interface SessionOrigin {
  userAgent?: string | null;
  ipAddress?: string | null;
}

export async function createSession(userId: string, kind: SessionKind, origin: SessionOrigin = {}): Promise<string> {
  const id = `ses_${randomBytes(18).toString("base64url")}`;
  await db.session.create({
    data: {
      id,
      userId,
      kind,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      ipAddress: origin.ipAddress ?? null,
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_DAYS[kind] * 86_400_000),
    },
  });
  return id;
}

/** The user's live sessions, newest use first, for the account page. */
export async function listSessions(userId: string) {
  const idleCutoff = new Date(Date.now() - SESSION_IDLE_MINUTES * 60_000);
  return db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() }, lastSeenAt: { gt: idleCutoff } },
    select: { id: true, kind: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
}

async function revoke(where: { id?: string | { not: string }; userId?: string }): Promise<number> {
  const now = new Date();
  return db
    .$transaction(async (tx) => {
      const ended = await tx.session.findMany({ where: { ...where, revokedAt: null }, select: { id: true } });
      if (ended.length === 0) return [];
      const ids = ended.map((session) => session.id);
      await tx.session.updateMany({ where: { id: { in: ids } }, data: { revokedAt: now } });
      // An app's refresh tokens are its session's family: they die with it.
      await tx.refreshToken.updateMany({ where: { familyId: { in: ids }, revokedAt: null }, data: { revokedAt: now } });
      return ids;
    })
    .then((ids) => {
      standingChanged({ sessionIds: ids });
      return ids.length;
    });
}

/** Ends one of the user's sessions (someone else's id changes nothing). */
export async function revokeSession(userId: string, sessionId: string): Promise<boolean> {
  return (await revoke({ id: sessionId, userId })) > 0;
}

/** Signs the user out everywhere, except the session they are using when given. */
export async function revokeAllSessions(userId: string, exceptSessionId?: string): Promise<number> {
  return revoke(exceptSessionId ? { userId, id: { not: exceptSessionId } } : { userId });
}

/** Sign-out: the session the credential names ends. */
export async function endSession(sessionId: string): Promise<void> {
  await revoke({ id: sessionId });
}
