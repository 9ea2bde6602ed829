// PUT /api/admin/halls/{id}/prices – the hall's default price per seat type (ADMIN only).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { PricesRequest } from "@/lib/schemas/admin";
import { setHallPrices } from "@/lib/services/showtimes";

export const PUT = route(
  { params: z.object({ id: z.string().min(1) }), body: PricesRequest },
  async ({ params, body, caller }) => {
    await setHallPrices((await caller()).id, params.id, body);
    return json({ ok: true });
  },
);
