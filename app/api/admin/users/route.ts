// GET /api/admin/users?q= – find accounts by e-mail or name (ADMIN).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { text } from "@/lib/schemas/text";
import { searchUsers } from "@/lib/services/users";

export const GET = route({ access: "admin", query: z.object({ q: text(200).optional() }) }, async ({ query }) =>
  json({ items: await searchUsers(query.q) }),
);
