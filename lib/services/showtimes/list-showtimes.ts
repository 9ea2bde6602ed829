import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export interface ShowtimeFilters {
  movieId?: string;
  cinemaId?: string;
  /** A day in each cinema's own time zone, YYYY-MM-DD. */
  date?: string;
  format?: string;
  language?: string;
  /** Include showtimes that have started or were cancelled (staff views). */
  includePast?: boolean;
  limit?: number;
}

/** Showtimes in start order; `date` is matched in the cinema's time zone. */
export async function listShowtimes(filters: ShowtimeFilters = {}) {
  const conditions: Prisma.Sql[] = [];
  if (filters.movieId) conditions.push(Prisma.sql`s.movie_id = ${filters.movieId}`);
  if (filters.cinemaId) conditions.push(Prisma.sql`s.cinema_id = ${filters.cinemaId}`);
  if (filters.format) conditions.push(Prisma.sql`s.format = ${filters.format}`);
  if (filters.language) conditions.push(Prisma.sql`s.language = ${filters.language}`);
  if (filters.date) conditions.push(Prisma.sql`(s.starts_at AT TIME ZONE c.time_zone)::date = ${filters.date}::date`);
  if (!filters.includePast) conditions.push(Prisma.sql`s.starts_at > now() AND s.status <> 'CANCELLED'`);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id FROM "showtimes"."showtimes" s JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
    ${where} ORDER BY s.starts_at, s.id LIMIT ${filters.limit ?? 500}`;
  const ids = rows.map((row) => row.id);
  const showtimes = await db.showtime.findMany({
    where: { id: { in: ids } },
    include: { hall: { select: { name: true } } },
  });
  const byId = new Map(showtimes.map((showtime) => [showtime.id, showtime]));
  return ids.map((id) => byId.get(id)!);
}

/** Showtimes by id with their cinema's time zone (for lists of bookings). */
export async function listShowtimesByIds(ids: string[]) {
  if (ids.length === 0) return [];
  const showtimes = await db.showtime.findMany({
    where: { id: { in: [...new Set(ids)] } },
    include: { hall: { include: { cinema: { select: { timeZone: true, name: true } } } } },
  });
  return showtimes.map(({ hall, ...showtime }) => ({
    ...showtime,
    timeZone: hall.cinema.timeZone,
    cinemaName: hall.cinema.name,
    hallName: hall.name,
  }));
}
