// The signed-in user of the current page request, for server components.
import { cookies, headers } from "next/headers";
import { getCaller, type Role } from "@/lib/auth/caller";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const cookieStore = await cookies();
  if (!cookieStore.getAll().some((cookie) => cookie.name.includes("authjs.session-token"))) return null;
  const incoming = await headers();
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  const host = incoming.get("host") ?? "localhost";
  const request = new Request(`${protocol}://${host}/`, { headers: { cookie: incoming.get("cookie") ?? "" } });
  const caller = await getCaller(request);
  return caller ? { id: caller.id, email: caller.email, name: caller.name, role: caller.role } : null;
}
