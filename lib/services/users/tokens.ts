import "server-only";
// Bearer tokens for mobile apps and API clients: short-lived signed access
// tokens, and rotating refresh tokens stored only as hashes. An app is a
// session (sessions.ts): its refresh tokens are one family with the
// session's id, and every access token names the session, so revoking the
// app ends both at once. Reusing a refresh token that was already rotated
// revokes the whole family, since one of the two holders must be a thief.
import { createHash, randomBytes } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { SESSION_LIFETIME_DAYS } from "./session-policy";
import { createSession, endSession, type SessionOrigin } from "./sessions";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
const ISSUER = "cinema";
const AUDIENCE = "cinema-api";

let signingKey: { secret: string; key: Uint8Array } | undefined;
const key = () => {
  const secret = authSecret();
  if (signingKey?.secret !== secret) signingKey = { secret, key: new TextEncoder().encode(secret) };
  return signingKey.key;
};
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface AccessClaims {
  sub: string;
  email: string;
  role: Role;
  ver: number;
  sid: string;
  exp: number;
}

interface TokenUser {
  id: string;
  email: string;
  role: Role;
  tokenVersion: number;
}

export async function issueAccessToken(user: TokenUser, sessionId: string): Promise<string> {
  return new SignJWT({ email: user.email, role: user.role, ver: user.tokenVersion, sid: sessionId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_SECONDS}s`)
    .sign(key());
}

/** The claims of a valid, unexpired token signed by us, or null. */
export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.ver !== "number" || typeof payload.sid !== "string") {
      return null;
    }
    return {
      sub: payload.sub,
      email: String(payload.email),
      role: payload.role as Role,
      ver: payload.ver,
      sid: payload.sid,
      exp: payload.exp ?? 0,
    };
  } catch {
    return null;
  }
}

async function storeRefreshToken(userId: string, sessionId: string): Promise<string> {
  const token = `rt_${randomBytes(32).toString("base64url")}`;
  await db.refreshToken.create({
    data: {
      userId,
      familyId: sessionId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_LIFETIME_DAYS.APP * 86_400_000),
    },
  });
  return token;
}

export interface TokenPair {
  accessToken: string;
  tokenType: "Bearer";
  expiresIn: number;
  refreshToken: string;
}

async function pairFor(user: TokenUser, sessionId: string): Promise<TokenPair> {
  return {
    accessToken: await issueAccessToken(user, sessionId),
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_SECONDS,
    refreshToken: await storeRefreshToken(user.id, sessionId),
  };
}

/** A new app session for a user who just proved who they are, and its first token pair. */
export async function issueTokenPair(user: TokenUser, origin: SessionOrigin = {}): Promise<TokenPair> {
  return pairFor(user, await createSession(user.id, "APP", origin));
}

const invalidRefresh = () =>
  new AppError("invalid_token", "The refresh token is invalid, expired or revoked. Sign in again.");

export async function refreshTokens(refreshToken: string): Promise<TokenPair> {
  const tokenHash = hashToken(refreshToken);
  const now = new Date();
  // Claim the token atomically: of two concurrent refreshes only one rotates it.
  const claimed = await db.refreshToken.updateMany({
    where: { tokenHash, rotatedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { rotatedAt: now },
  });
  const stored = await db.refreshToken.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!stored) throw invalidRefresh();
  if (claimed.count === 0) {
    if (stored.rotatedAt && !stored.revokedAt) {
      // A rotated token came back: one of its two holders is a thief. End the app's session.
      logger.warn(
        { event: "security", kind: "refresh_token_reuse", userId: stored.userId, sessionId: stored.familyId },
        "a rotated refresh token was presented again; its session is revoked",
      );
      await endSession(stored.familyId);
    }
    throw invalidRefresh();
  }
  const session = await db.session.findUnique({ where: { id: stored.familyId } });
  if (!session || session.revokedAt || session.expiresAt <= now) throw invalidRefresh();
  if (stored.user.disabledAt) throw new AppError("account_disabled", "This account has been disabled.");
  await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return pairFor(stored.user, session.id);
}

/** The app signs out: its session and every refresh token of it end. */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(refreshToken) } });
  if (stored) await endSession(stored.familyId);
}
