import "server-only";
import { notifiedCache } from "@/lib/notified-cache";
import { availabilityByShowtime } from "@/lib/services/seats";
import { listCinemas } from "./cinemas";
import { listShowtimes, type ShowtimeFilters } from "./list-showtimes";
import { occupancy } from "./occupancy";

type Schedule = Awaited<ReturnType<typeof readSchedule>>;

// The pages everyone opens first (home, film, cinema) read this: kept per
// instance, dropped when any showtime changes, and at most a few seconds old
// in how full each showtime is (which changes with every hold).
const schedules = notifiedCache<Schedule>("schedules", {
  channel: "cinema_showtimes",
  drops: "everything",
  maxEntries: 1_000,
  ttlMs: 5_000,
});

/** Upcoming showtimes with their cinema and how full they are, for the moviegoer pages. Shared: do not modify. */
export function scheduleFor(filters: ShowtimeFilters): Promise<Schedule> {
  const key = JSON.stringify(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .sort(),
  );
  return schedules.get(key, () => readSchedule(filters));
}

async function readSchedule(filters: ShowtimeFilters) {
  const [showtimes, cinemas] = await Promise.all([listShowtimes(filters), listCinemas()]);
  const availability = await availabilityByShowtime(showtimes.map((s) => s.id));
  const cinemaById = new Map(cinemas.map((c) => [c.id, c]));
  return showtimes.map((showtime) => {
    const seats = availability.get(showtime.id) ?? { total: 0, available: 0 };
    const cinema = cinemaById.get(showtime.cinemaId)!;
    return {
      id: showtime.id,
      movieId: showtime.movieId,
      startsAt: showtime.startsAt,
      format: showtime.format,
      language: showtime.language,
      subtitles: showtime.subtitles,
      occupancy: occupancy(seats.available, seats.total),
      cinema: { id: cinema.id, name: cinema.name, timeZone: cinema.timeZone, slug: cinema.slug },
      hallName: showtime.hall.name,
    };
  });
}
