// PATCH /api/admin/users/{id} – change a role or disable an account; its sessions and tokens stop at once (ADMIN).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { UserChangeRequest } from "@/lib/schemas/admin";
import { administerUser } from "@/lib/services/users";

export const PATCH = route(
  { params: z.object({ id: z.string().min(1) }), body: UserChangeRequest },
  async ({ params, body, caller }) => json({ user: await administerUser((await caller()).id, params.id, body) }),
);
