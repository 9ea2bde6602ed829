// GET /api/movies/{id or slug} – one film.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { getMovie } from "@/lib/services/movies";

export const GET = route({ params: z.object({ id: z.string().min(1).max(200) }) }, async ({ params }) =>
  json({ movie: movieJson(await getMovie(params.id)) }),
);
