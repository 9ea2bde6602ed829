// GET /api/movies/{id or slug} – one film.
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { IdParams } from "@/lib/schemas/text";
import { getMovie } from "@/lib/services/movies";

export const GET = route({ params: IdParams }, async ({ params }) =>
  json({ movie: movieJson(await getMovie(params.id)) }),
);
