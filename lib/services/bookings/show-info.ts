import "server-only";
import { appUrl } from "@/lib/env";
import { getMovie } from "@/lib/services/movies";
import { getShowtimeDetails } from "@/lib/services/showtimes";
import type { ShowInfo } from "@/lib/services/notifications";

/** What a message needs to know about a booking's show, from the services that own it. */
export async function showInfo(showtimeId: string): Promise<ShowInfo & { currency: string }> {
  const { showtime, cinema, hall } = await getShowtimeDetails(showtimeId);
  const movie = await getMovie(showtime.movieId);
  return {
    filmTitle: movie.title,
    cinemaName: cinema.name,
    cinemaAddress: cinema.address,
    hallName: hall.name,
    startsAt: showtime.startsAt.toISOString(),
    endsAt: showtime.endsAt.toISOString(),
    timeZone: cinema.timeZone,
    currency: cinema.currency,
  };
}

export const manageUrl = (bookingId: string) => `${appUrl()}/bookings/${bookingId}`;
