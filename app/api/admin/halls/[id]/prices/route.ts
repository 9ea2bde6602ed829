// PUT /api/admin/halls/{id}/prices – the hall's default price per seat type (ADMIN only).
import { json, route } from "@/lib/http";
import { PricesRequest } from "@/lib/schemas/admin";
import { IdParams } from "@/lib/schemas/text";
import { setHallPrices } from "@/lib/services/showtimes";

export const PUT = route(
  { access: "admin", params: IdParams, body: PricesRequest },
  async ({ params, body, caller }) => {
    await setHallPrices((await caller()).id, params.id, body);
    return json({ ok: true });
  },
);
