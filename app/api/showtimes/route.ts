// GET /api/showtimes – upcoming showtimes by film, cinema and day (in the cinema's time zone).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { showtimeJson } from "@/lib/presenters/catalogue";
import { listShowtimes } from "@/lib/services/showtimes";
import { availabilityByShowtime } from "@/lib/services/seats";

const ShowtimeQuery = z.object({
  movieId: z.string().min(1).max(200).optional(),
  cinemaId: z.string().min(1).max(200).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD")
    .refine((d) => !Number.isNaN(Date.parse(d)), "Not a real date")
    .optional(),
  format: z.string().max(20).optional(),
  language: z.string().max(20).optional(),
});

export const GET = route({ query: ShowtimeQuery }, async ({ query }) => {
  const showtimes = await listShowtimes(query);
  const availability = await availabilityByShowtime(showtimes.map((s) => s.id));
  return json({ items: showtimes.map((s) => showtimeJson(s, availability.get(s.id))) });
});
