// POST /api/admin/showtimes/{id}/cancel – cancel a showtime: refund and notify every holder.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { cancelShowtime } from "@/lib/services/bookings";

export const POST = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params, caller }) =>
  json(await cancelShowtime((await caller()).id, params.id)),
);
