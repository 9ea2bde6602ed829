// GET /api/movies – the film catalogue, by title, genre and status.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { movieJson } from "@/lib/presenters/catalogue";
import { text } from "@/lib/schemas/text";
import { listMovies } from "@/lib/services/movies";

const MovieQuery = z.object({
  q: text(100, { min: 0 }).optional(),
  genre: text(50, { min: 0 }).optional(),
  status: z.enum(["now_showing", "coming_soon"]).optional(),
});

export const GET = route({ query: MovieQuery }, async ({ query }) => {
  const movies = await listMovies(query);
  return json({ items: movies.map(movieJson) }, 200, { "cache-control": "public, max-age=60" });
});
