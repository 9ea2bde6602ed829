import "server-only";
import { db } from "@/lib/db";
import { violates } from "@/lib/db-errors";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { createInventory } from "@/lib/services/seats";
import { getMovie } from "@/lib/services/movies";
import { recordAudit } from "@/lib/services/users";
import { seriesStarts, type SeriesSpec } from "./series";

export interface ScheduleRequest {
  movieId: string;
  hallId: string;
  /** One start, or a series. */
  startsAt?: Date;
  series?: SeriesSpec;
  format?: string;
  language?: string;
  subtitles?: string | null;
  /** Prices per seat type; the hall's prices fill the rest. */
  prices?: Partial<Record<string, number>>;
}

const fmt = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(date);

/**
 * Schedules one showtime or a whole series, all or nothing. A showtime may
 * not overlap another in its hall, cleaning time included: the clash is
 * named. The database's exclusion constraint settles two staff racing.
 */
export async function scheduleShowtimes(actorId: string, request: ScheduleRequest) {
  const movie = await getMovie(request.movieId);
  const hall = await db.hall.findUnique({
    where: { id: request.hallId },
    include: {
      cinema: true,
      prices: true,
      layouts: { orderBy: { version: "desc" }, take: 1, include: { seats: true } },
    },
  });
  if (!hall || hall.archivedAt) throw notFound("The hall");
  const layout = hall.layouts[0];
  if (!layout || layout.seats.length === 0)
    throw new AppError("validation_failed", "This hall has no seat layout yet.");
  const starts = request.series
    ? seriesStarts(request.series, hall.cinema.timeZone)
    : request.startsAt
      ? [request.startsAt]
      : [];
  if (starts.length === 0)
    throw new AppError("validation_failed", "Give a start time or a series that has at least one showing.");
  if (starts.length > 200) throw new AppError("validation_failed", "A series can have at most 200 showings.");
  if (starts.some((start) => start.getTime() < Date.now()))
    throw new AppError("validation_failed", "Showtimes must start in the future.");
  const spans = starts.map((startsAt) => {
    const endsAt = new Date(startsAt.getTime() + movie.runtimeMin * 60_000);
    return { startsAt, endsAt, blockedUntil: new Date(endsAt.getTime() + hall.cleaningMinutes * 60_000) };
  });

  for (let i = 1; i < spans.length; i++) {
    if (spans[i].startsAt < spans[i - 1].blockedUntil) {
      throw new AppError(
        "showtime_overlap",
        `Two showings of this series overlap (${fmt(spans[i - 1].startsAt, hall.cinema.timeZone)} and ${fmt(spans[i].startsAt, hall.cinema.timeZone)}): the film plus ${hall.cleaningMinutes} minutes of cleaning is longer than the gap.`,
      );
    }
  }
  const clashes = await db.$queryRaw<{ id: string; movie_id: string; starts_at: Date; blocked_until: Date }[]>`
    SELECT id, movie_id, starts_at, blocked_until FROM "showtimes"."showtimes"
     WHERE hall_id = ${hall.id} AND status <> 'CANCELLED'
       AND (${Prisma.join(
         spans.map(
           (s) => Prisma.sql`tstzrange(starts_at, blocked_until) && tstzrange(${s.startsAt}, ${s.blockedUntil})`,
         ),
         " OR ",
       )})
     ORDER BY starts_at LIMIT 5`;
  if (clashes.length) {
    const other = await getMovie(clashes[0].movie_id);
    throw new AppError(
      "showtime_overlap",
      `${hall.name} is busy then: "${other.title}" plays from ${fmt(clashes[0].starts_at, hall.cinema.timeZone)} until ${fmt(clashes[0].blocked_until, hall.cinema.timeZone)} with cleaning.`,
      { extra: { clashingShowtimeIds: clashes.map((c) => c.id) } },
    );
  }

  const prices = hall.prices.map((price) => ({
    seatType: price.seatType,
    amountCents: request.prices?.[price.seatType] ?? price.amountCents,
    currency: hall.cinema.currency,
  }));
  const seriesId = spans.length > 1 ? `series_${Date.now().toString(36)}` : null;
  try {
    const created = await db.$transaction(
      async (tx) => {
        const ids: string[] = [];
        for (const span of spans) {
          const showtime = await tx.showtime.create({
            data: {
              movieId: movie.id,
              cinemaId: hall.cinemaId,
              hallId: hall.id,
              layoutId: layout.id,
              ...span,
              format: request.format ?? "2D",
              language: request.language ?? movie.language,
              subtitles: request.subtitles ?? null,
              seriesId,
              prices: { create: prices },
            },
          });
          await createInventory(tx, showtime.id, layout.seats);
          ids.push(showtime.id);
        }
        await recordAudit(tx, {
          actorId,
          action: "showtime.create",
          entityType: "showtime",
          entityId: ids[0],
          // The prices each showing went on sale with, and whether they override the hall's.
          details: {
            count: ids.length,
            seriesId,
            prices: Object.fromEntries(prices.map((price) => [price.seatType, price.amountCents])),
            currency: hall.cinema.currency,
            pricesOverridden: Boolean(request.prices && Object.keys(request.prices).length),
          },
        });
        return ids;
      },
      { timeout: 60_000 },
    );
    return db.showtime.findMany({ where: { id: { in: created } }, orderBy: { startsAt: "asc" } });
  } catch (error) {
    if (violates(error, "showtimes_no_overlap")) {
      throw new AppError(
        "showtime_overlap",
        "Another showtime was scheduled in this hall at the same time just now. Reload and try again.",
      );
    }
    throw error;
  }
}
