import "server-only";
// Bearer tokens for mobile apps and API clients: short-lived signed access
// tokens, and rotating refresh tokens stored only as hashes. Reusing a
// refresh token that was already rotated revokes its whole family, since
// one of the two holders must be a thief.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 30;
const ISSUER = "cinema";
const AUDIENCE = "cinema-api";

const key = () => new TextEncoder().encode(authSecret());
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface AccessClaims {
  sub: string;
  email: string;
  role: Role;
  ver: number;
}

export async function issueAccessToken(user: {
  id: string;
  email: string;
  role: Role;
  tokenVersion: number;
}): Promise<string> {
  return new SignJWT({ email: user.email, role: user.role, ver: user.tokenVersion })
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
    if (typeof payload.sub !== "string" || typeof payload.ver !== "number") return null;
    return { sub: payload.sub, email: String(payload.email), role: payload.role as Role, ver: payload.ver };
  } catch {
    return null;
  }
}

async function storeRefreshToken(userId: string, familyId: string): Promise<string> {
  const token = `rt_${randomBytes(32).toString("base64url")}`;
  await db.refreshToken.create({
    data: {
      userId,
      familyId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_DAYS * 86_400_000),
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

export async function issueTokenPair(
  user: { id: string; email: string; role: Role; tokenVersion: number },
  familyId: string = randomUUID(),
): Promise<TokenPair> {
  return {
    accessToken: await issueAccessToken(user),
    tokenType: "Bearer",
    expiresIn: ACCESS_TOKEN_SECONDS,
    refreshToken: await storeRefreshToken(user.id, familyId),
  };
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
      // A rotated token came back: revoke the family.
      await db.refreshToken.updateMany({
        where: { familyId: stored.familyId, revokedAt: null },
        data: { revokedAt: now },
      });
    }
    throw invalidRefresh();
  }
  if (stored.user.disabledAt) throw new AppError("account_disabled", "This account has been disabled.");
  return issueTokenPair(stored.user, stored.familyId);
}

export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  const stored = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(refreshToken) } });
  if (!stored) return;
  await db.refreshToken.updateMany({
    where: { familyId: stored.familyId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
}
