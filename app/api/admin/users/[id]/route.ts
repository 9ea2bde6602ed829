// PATCH /api/admin/users/{id} – change a role or disable an account; its sessions and tokens stop at once (ADMIN).
import { json, route } from "@/lib/http";
import { UserChangeRequest } from "@/lib/schemas/admin";
import { IdParams } from "@/lib/schemas/text";
import { administerUser } from "@/lib/services/users";

export const PATCH = route(
  { access: "admin", params: IdParams, body: UserChangeRequest },
  async ({ params, body, caller }) => json({ user: await administerUser((await caller()).id, params.id, body) }),
);
