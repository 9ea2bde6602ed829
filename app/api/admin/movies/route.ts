// GET /api/admin/movies – every film, archived too; POST – add a film.
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { MovieRequest } from "@/lib/schemas/admin";
import { createMovie, listAllMovies } from "@/lib/services/movies";

export const GET = route({ access: "staff" }, async () => json({ items: (await listAllMovies()).map(movieJson) }));

export const POST = route({ access: "staff", body: MovieRequest }, async ({ body, caller }) =>
  json({ movie: movieJson(await createMovie((await caller()).id, body)) }, 201),
);
