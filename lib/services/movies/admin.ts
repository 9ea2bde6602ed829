import "server-only";
import { invalidate, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, notFound } from "@/lib/errors";
import type { MovieStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/services/users";

export interface MovieInput {
  title: string;
  synopsis: string;
  genres: string[];
  runtimeMin: number;
  rating: string;
  releaseDate: Date;
  status?: MovieStatus;
  posterUrl?: string | null;
  trailerUrl?: string | null;
  castLine?: string | null;
  director?: string | null;
  language?: string;
}

export function slugify(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "film"
  );
}

export async function listAllMovies() {
  return db.movie.findMany({ orderBy: [{ status: "asc" }, { releaseDate: "desc" }] });
}

export async function createMovie(actorId: string, input: MovieInput) {
  const base = slugify(input.title);
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${attempt + 1}`;
    try {
      const movie = await db.movie.create({ data: { ...input, slug, status: input.status ?? "COMING_SOON" } });
      await recordAudit(db, {
        actorId,
        action: "movie.create",
        entityType: "movie",
        entityId: movie.id,
        details: { title: movie.title },
      });
      invalidate(TAGS.movies);
      return movie;
    } catch (error) {
      // Another film took this slug first: try the next one.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("conflict", "A film with this title already exists.");
}

export async function updateMovie(actorId: string, id: string, input: Partial<MovieInput>) {
  const found = await db.movie.findUnique({ where: { id } });
  if (!found) throw notFound("The film");
  const movie = await db.movie.update({ where: { id }, data: input });
  await recordAudit(db, {
    actorId,
    action: "movie.update",
    entityType: "movie",
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  invalidate(TAGS.movies);
  return movie;
}

/** Archived films leave the catalogue; their showtimes and bookings stay. */
export async function archiveMovie(actorId: string, id: string) {
  return updateMovie(actorId, id, { status: "ARCHIVED" });
}
