// GET|PATCH|DELETE /api/admin/movies/{id} – read, edit or archive a film.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { MovieRequest } from "@/lib/schemas/admin";
import { archiveMovie, getMovie, updateMovie } from "@/lib/services/movies";

const Params = z.object({ id: z.string().min(1) });

export const GET = route({ params: Params }, async ({ params }) =>
  json({ movie: movieJson(await getMovie(params.id)) }),
);

export const PATCH = route({ params: Params, body: MovieRequest.partial() }, async ({ params, body, caller }) =>
  json({ movie: movieJson(await updateMovie((await caller()).id, params.id, body)) }),
);

export const DELETE = route({ params: Params }, async ({ params, caller }) =>
  json({ movie: movieJson(await archiveMovie((await caller()).id, params.id)) }),
);
