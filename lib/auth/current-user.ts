// The signed-in user of the current page request, for server components.
// (Identity issue: reads the Auth.js session.)
import type { Role } from "@/lib/auth/caller";

export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return null;
}
