// PUT /api/admin/halls/{id}/layout – save an edited layout as a new version (showtimes keep theirs).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { LayoutRequest } from "@/lib/schemas/admin";
import { updateLayout } from "@/lib/services/showtimes";

export const PUT = route(
  { params: z.object({ id: z.string().min(1) }), body: LayoutRequest },
  async ({ params, body, caller }) => {
    const layout = await updateLayout((await caller()).id, params.id, body);
    return json({ layout: { id: layout.id, version: layout.version, seatCount: layout.seatCount } });
  },
);
