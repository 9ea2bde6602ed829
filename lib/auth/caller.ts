// Who is calling: the user behind a bearer token or the Auth.js session
// cookie. Both work on every protected route.
// (Identity issue: extend with the session cookie, token versions, disabled accounts.)
import { jwtVerify } from "jose";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/env";

export type Role = "CUSTOMER" | "STAFF" | "ADMIN";

export interface Caller {
  id: string;
  email: string;
  role: Role;
}

export async function getCaller(request: Request): Promise<Caller | null> {
  const header = request.headers.get("authorization");
  if (!header?.startsWith("Bearer ")) return null;
  try {
    const { payload } = await jwtVerify(header.slice(7), new TextEncoder().encode(authSecret()));
    return { id: String(payload.sub), email: String(payload.email), role: payload.role as Role };
  } catch {
    return null;
  }
}

export async function requireCaller(request: Request): Promise<Caller> {
  const caller = await getCaller(request);
  if (!caller) throw new AppError("unauthenticated", "Sign in, or send a valid bearer token.");
  return caller;
}
