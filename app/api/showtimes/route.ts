// GET /api/showtimes – upcoming showtimes by film, cinema and day (in the cinema's time zone).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { calendarDay } from "@/lib/schemas/calendar-day";
import { showtimeJson } from "@/lib/presenters/catalogue";
import { id, text } from "@/lib/schemas/text";
import { listShowtimes } from "@/lib/services/showtimes";
import { availabilityByShowtime } from "@/lib/services/seats";

const ShowtimeQuery = z.object({
  movieId: id().optional(),
  cinemaId: id().optional(),
  date: calendarDay().optional(),
  format: text(20, { min: 0 }).optional(),
  language: text(20, { min: 0 }).optional(),
});

export const GET = route({ query: ShowtimeQuery }, async ({ query }) => {
  const showtimes = await listShowtimes(query);
  const availability = await availabilityByShowtime(showtimes.map((s) => s.id));
  return json({ items: showtimes.map((s) => showtimeJson(s, availability.get(s.id))) });
});
