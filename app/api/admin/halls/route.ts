// GET /api/admin/halls?cinemaId= – halls with seat counts and prices; POST – add a hall with its drawn layout.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { HallRequest } from "@/lib/schemas/admin";
import { id } from "@/lib/schemas/text";
import { createHall, listHalls } from "@/lib/services/showtimes";

export const GET = route({ access: "staff", query: z.object({ cinemaId: id().optional() }) }, async ({ query }) =>
  json({ items: await listHalls(query.cinemaId) }),
);

export const POST = route({ access: "staff", body: HallRequest }, async ({ body, caller }) => {
  const { hall, layout } = await createHall((await caller()).id, body);
  return json({ hall, layout: { id: layout.id, version: layout.version, seatCount: layout.seatCount } }, 201);
});
