import "server-only";
import { cachedRead, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A film by id or by slug; archived films are still found (old bookings link to them). */
export const getMovie = cachedRead("getMovie", [TAGS.movies], async (idOrSlug: string) => {
  const movie = await db.movie.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] } });
  if (!movie) throw notFound("The film");
  return movie;
});

export async function getMoviesByIds(ids: string[]) {
  if (ids.length === 0) return [];
  return db.movie.findMany({ where: { id: { in: [...new Set(ids)] } } });
}

export const listGenres = cachedRead("listGenres", [TAGS.movies], async (): Promise<string[]> => {
  const rows = await db.$queryRaw<{ genre: string }[]>`
    SELECT DISTINCT unnest(genres) AS genre FROM "movies"."movies" WHERE status <> 'ARCHIVED' ORDER BY 1`;
  return rows.map((row) => row.genre);
});
