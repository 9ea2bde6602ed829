// DELETE /api/users/me/sessions/{id} – sign one of the caller's browsers or apps out.
import { z } from "zod";
import { route } from "@/lib/http";
import { notFound } from "@/lib/errors";
import { revokeSession } from "@/lib/services/users";

export const DELETE = route({ params: z.object({ id: z.string().min(1).max(100) }) }, async ({ params, caller }) => {
  if (!(await revokeSession((await caller()).id, params.id))) throw notFound("The session");
  return new Response(null, { status: 204 });
});
