// Who is calling: the user behind a bearer token (mobile apps, API clients)
// or the Auth.js session cookie (browser). Both work on every protected
// route, and both name a server-side session. A credential counts only while
// its user is active at the token version it was issued with and its session
// is live, so disabling a user, changing a password, signing out or revoking
// a session ends it at once.
//
// The gateway (proxy.ts) checks once per request and seals the answer into
// the request (handoff.ts); handlers and pages read the seal.
import { getToken } from "next-auth/jwt";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";
import { sessionIsLive, userStanding, verifyAccessToken } from "@/lib/services/users";
import { CALLER_HEADER, handedOverCaller, openCaller } from "./handoff";

export type Role = "CUSTOMER" | "STAFF" | "ADMIN";

export interface Caller {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "bearer" | "session";
  sessionId: string;
}

interface Claimed {
  id: string;
  version: number;
  sessionId: string;
  via: Caller["via"];
  /** When the credential itself expires (ms). */
  expires: number;
}

// A credential's signature is checked once; afterwards its claims are looked
// up by the credential's exact text until it expires.
const VERIFIED_MAX = 50_000;
const globalForAuth = globalThis as unknown as { cinemaVerified?: Map<string, Claimed | null> };
const verified = (globalForAuth.cinemaVerified ??= new Map());

async function remember(credential: string, check: () => Promise<Claimed | null>): Promise<Claimed | null> {
  const known = verified.get(credential);
  if (known !== undefined && (known === null || known.expires > Date.now())) return known;
  const claimed = await check();
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  verified.set(credential, claimed);
  return claimed;
}

const SESSION_COOKIE = /(?:^|;\s*)((?:__Secure-)?authjs\.session-token(?:\.\d+)?)=([^;]*)/g;

/** What a credential check reads of a request: only its headers. */
export type Credentialed = Pick<Request, "headers">;

async function claimedIdentity(request: Credentialed): Promise<Claimed | null> {
  const header = request.headers.get("authorization");
  if (header) {
    if (!header.startsWith("Bearer ")) return null;
    const token = header.slice(7).trim();
    return remember(`bearer:${token}`, async () => {
      const claims = await verifyAccessToken(token);
      if (!claims) return null;
      return { id: claims.sub, version: claims.ver, sessionId: claims.sid, via: "bearer", expires: claims.exp * 1000 };
    });
  }
  const cookies = [...(request.headers.get("cookie") ?? "").matchAll(SESSION_COOKIE)];
  if (cookies.length === 0) return null;
  const secureCookie = cookies.some(([, name]) => name.startsWith("__Secure-"));
  return remember(`cookie:${cookies.map(([, name, value]) => `${name}=${value}`).join(";")}`, async () => {
    const token = await getToken({ req: request, secret: authSecret(), secureCookie }).catch(() => null);
    if (!token?.sub || typeof token.ver !== "number" || typeof token.sid !== "string") return null;
    const expires = typeof token.exp === "number" ? token.exp * 1000 : Date.now();
    return { id: token.sub, version: token.ver, sessionId: token.sid, via: "session", expires };
  });
}

/** The gateway's check of the request's credential, against the user's standing and the session. */
export async function checkCredentials(request: Credentialed): Promise<Caller | null> {
  const claimed = await claimedIdentity(request);
  if (!claimed || claimed.expires <= Date.now()) return null;
  const [user, live] = await Promise.all([userStanding(claimed.id), sessionIsLive(claimed.sessionId, claimed.id)]);
  if (!user || user.disabled || user.tokenVersion !== claimed.version || !live) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    via: claimed.via,
    sessionId: claimed.sessionId,
  };
}

/** The caller of this request: as the gateway sealed it, else checked here. */
export async function getCaller(request: Request): Promise<Caller | null> {
  const handed = handedOverCaller(request);
  if (handed !== undefined) return handed;
  const sealed = openCaller(request.headers.get(CALLER_HEADER));
  return sealed !== undefined ? sealed : checkCredentials(request);
}

export async function requireCaller(request: Request): Promise<Caller> {
  const caller = await getCaller(request);
  if (!caller) throw new AppError("unauthenticated", "Sign in, or send a valid bearer token.");
  return caller;
}

export function isStaff(role: Role): boolean {
  return role === "STAFF" || role === "ADMIN";
}
