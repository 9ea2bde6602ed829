import "server-only";
import { availabilityByShowtime } from "@/lib/services/seats";
import { listCinemas } from "./cinemas";
import { listShowtimes, type ShowtimeFilters } from "./list-showtimes";
import { occupancy } from "./occupancy";

/** Upcoming showtimes with their cinema and how full they are, for the moviegoer pages. */
export async function scheduleFor(filters: ShowtimeFilters) {
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
