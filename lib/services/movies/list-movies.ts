import "server-only";
import { cachedRead, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import type { MovieStatus } from "@/lib/generated/prisma/enums";

export interface MovieFilters {
  q?: string;
  genre?: string;
  status?: "now_showing" | "coming_soon";
}

const STATUS: Record<NonNullable<MovieFilters["status"]>, MovieStatus> = {
  now_showing: "NOW_SHOWING",
  coming_soon: "COMING_SOON",
};

/** One form per meaning: trimmed, inner spaces collapsed, no empty filters, keys in one order. */
export function normaliseMovieFilters(filters: MovieFilters = {}): MovieFilters {
  const q = filters.q?.trim().replace(/\s+/g, " ");
  const genre = filters.genre?.trim();
  return { ...(q ? { q } : {}), ...(genre ? { genre } : {}), ...(filters.status ? { status: filters.status } : {}) };
}

async function readMovies(filters: MovieFilters) {
  return db.movie.findMany({
    where: {
      status: filters.status ? STATUS[filters.status] : { not: "ARCHIVED" },
      ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" as const } } : {}),
      ...(filters.genre ? { genres: { has: filters.genre } } : {}),
    },
    orderBy: [{ releaseDate: "desc" }, { title: "asc" }],
  });
}

const cachedListing = cachedRead("listMovies", [TAGS.movies], readMovies, (filters): [MovieFilters] => [
  normaliseMovieFilters(filters),
]);

/**
 * Films of the catalogue, archived ones excluded, newest release first. The
 * listings by status (a handful) are cached; searches by title or genre go
 * to the database, so that strangers' queries cannot grow the cache.
 */
export async function listMovies(filters: MovieFilters = {}) {
  const normal = normaliseMovieFilters(filters);
  return normal.q || normal.genre ? readMovies(normal) : cachedListing(normal);
}
