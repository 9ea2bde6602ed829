// Who is calling: the user behind a bearer token (mobile apps, API clients)
// or the Auth.js session cookie (browser). Both work on every protected
// route. Either credential dies at once when its user is disabled or changes
// password, because both carry the token version the user had when issued.
import { getToken } from "next-auth/jwt";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";
import { getUserAuthState, verifyAccessToken } from "@/lib/services/users";

export type Role = "CUSTOMER" | "STAFF" | "ADMIN";

export interface Caller {
  id: string;
  email: string;
  name: string;
  role: Role;
  via: "bearer" | "session";
}

interface Claimed {
  id: string;
  version: number;
  via: Caller["via"];
}

async function claimedIdentity(request: Request): Promise<Claimed | null> {
  const header = request.headers.get("authorization");
  if (header) {
    if (!header.startsWith("Bearer ")) return null;
    const claims = await verifyAccessToken(header.slice(7).trim());
    return claims ? { id: claims.sub, version: claims.ver, via: "bearer" } : null;
  }
  if (!request.headers.get("cookie")?.includes("authjs.session-token")) return null;
  const token = await getToken({
    req: request,
    secret: authSecret(),
    secureCookie: new URL(request.url).protocol === "https:",
  }).catch(() => null);
  if (!token?.sub || typeof token.ver !== "number") return null;
  return { id: token.sub, version: token.ver, via: "session" };
}

export async function getCaller(request: Request): Promise<Caller | null> {
  const claimed = await claimedIdentity(request);
  if (!claimed) return null;
  const user = await getUserAuthState(claimed.id);
  if (!user || user.disabledAt || user.tokenVersion !== claimed.version) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: claimed.via };
}

export async function requireCaller(request: Request): Promise<Caller> {
  const caller = await getCaller(request);
  if (!caller) throw new AppError("unauthenticated", "Sign in, or send a valid bearer token.");
  return caller;
}

export function isStaff(role: Role): boolean {
  return role === "STAFF" || role === "ADMIN";
}
