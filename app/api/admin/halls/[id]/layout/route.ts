// PUT /api/admin/halls/{id}/layout – save an edited layout as a new version (showtimes keep theirs).
import { json, route } from "@/lib/http";
import { LayoutRequest } from "@/lib/schemas/admin";
import { IdParams } from "@/lib/schemas/text";
import { updateLayout } from "@/lib/services/showtimes";

export const PUT = route(
  { access: "staff", params: IdParams, body: LayoutRequest },
  async ({ params, body, caller }) => {
    const layout = await updateLayout((await caller()).id, params.id, body);
    return json({ layout: { id: layout.id, version: layout.version, seatCount: layout.seatCount } });
  },
);
