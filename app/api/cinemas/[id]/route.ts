// GET /api/cinemas/{id or slug} – one cinema with its halls.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { cinemaJson } from "@/lib/presenters/catalogue";
import { getCinema } from "@/lib/services/showtimes";

export const GET = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params }) =>
  json({ cinema: cinemaJson(await getCinema(params.id)) }),
);
