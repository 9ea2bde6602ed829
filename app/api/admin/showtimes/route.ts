// GET /api/admin/showtimes – the schedule, past included; POST – one showtime or a series (409 showtime_overlap names the clash).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { showtimeJson } from "@/lib/presenters/catalogue";
import { ShowtimeRequest } from "@/lib/schemas/admin";
import { listShowtimes, scheduleShowtimes } from "@/lib/services/showtimes";

const Query = z.object({
  cinemaId: z.string().optional(),
  movieId: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export const GET = route({ query: Query }, async ({ query }) =>
  json({ items: (await listShowtimes({ ...query, includePast: true, limit: 300 })).map((s) => showtimeJson(s)) }),
);

export const POST = route({ body: ShowtimeRequest }, async ({ body, caller }) => {
  const created = await scheduleShowtimes((await caller()).id, body);
  return json({ items: created.map((s) => showtimeJson(s)) }, 201);
});
