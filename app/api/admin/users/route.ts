// GET /api/admin/users?q= – find accounts by e-mail or name (ADMIN).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { searchUsers } from "@/lib/services/users";

export const GET = route({ query: z.object({ q: z.string().max(200).optional() }) }, async ({ query }) =>
  json({ items: await searchUsers(query.q) }),
);
