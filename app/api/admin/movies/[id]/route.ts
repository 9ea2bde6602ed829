// GET|PATCH|DELETE /api/admin/movies/{id} – read, edit or archive a film.
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { MovieRequest } from "@/lib/schemas/admin";
import { IdParams } from "@/lib/schemas/text";
import { archiveMovie, getMovie, updateMovie } from "@/lib/services/movies";

export const GET = route({ access: "staff", params: IdParams }, async ({ params }) =>
  json({ movie: movieJson(await getMovie(params.id)) }),
);

export const PATCH = route(
  { access: "staff", params: IdParams, body: MovieRequest.partial() },
  async ({ params, body, caller }) =>
    json({ movie: movieJson(await updateMovie((await caller()).id, params.id, body)) }),
);

export const DELETE = route({ access: "staff", params: IdParams }, async ({ params, caller }) =>
  json({ movie: movieJson(await archiveMovie((await caller()).id, params.id)) }),
);
