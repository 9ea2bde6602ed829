// The signed-in user of the current page request, for server components and
// server actions: as the gateway sealed it, else checked from the cookie.
import { headers } from "next/headers";
import { getCaller, type Role } from "@/lib/auth/caller";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** The server-side session this browser is signed in with. */
  sessionId: string;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const caller = await getCaller(new Request("http://local/", { headers: await headers() }));
  return caller
    ? { id: caller.id, email: caller.email, name: caller.name, role: caller.role, sessionId: caller.sessionId }
    : null;
}
