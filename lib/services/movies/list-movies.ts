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

/** Films of the catalogue, archived ones excluded, newest release first. */
export const listMovies = cachedRead("listMovies", [TAGS.movies], async (filters: MovieFilters = {}) => {
  return db.movie.findMany({
    where: {
      status: filters.status ? STATUS[filters.status] : { not: "ARCHIVED" },
      ...(filters.q ? { title: { contains: filters.q, mode: "insensitive" as const } } : {}),
      ...(filters.genre ? { genres: { has: filters.genre } } : {}),
    },
    orderBy: [{ releaseDate: "desc" }, { title: "asc" }],
  });
});
