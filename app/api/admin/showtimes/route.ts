// GET /api/admin/showtimes – the schedule, past included; POST – one showtime or a series (409 showtime_overlap names the clash).
import { z } from "zod";
import { allows } from "@/lib/gateway/route-table";
import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http";
import { calendarDay } from "@/lib/schemas/calendar-day";
import { showtimeJson } from "@/lib/presenters/catalogue";
import { ShowtimeRequest } from "@/lib/schemas/admin";
import { id } from "@/lib/schemas/text";
import { listShowtimes, scheduleShowtimes } from "@/lib/services/showtimes";

const Query = z.object({
  cinemaId: id().optional(),
  movieId: id().optional(),
  date: calendarDay().optional(),
});

export const GET = route({ access: "staff", query: Query }, async ({ query }) =>
  json({ items: (await listShowtimes({ ...query, includePast: true, limit: 300 })).map((s) => showtimeJson(s)) }),
);

export const POST = route({ access: "staff", body: ShowtimeRequest }, async ({ body, caller }) => {
  const user = await caller();
  // Prices are ADMIN's alone (as PUT /api/admin/halls/{id}/prices): staff schedule at the hall's prices.
  if (body.prices !== undefined && !allows("admin", user.role))
    throw new AppError("forbidden", "Only an admin may set prices; leave prices out to use the hall's.", {
      extra: { errors: [{ path: "prices", message: "Only an admin may set prices" }] },
    });
  const created = await scheduleShowtimes(user.id, body);
  return json({ items: created.map((s) => showtimeJson(s)) }, 201);
});
