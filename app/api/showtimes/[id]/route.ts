// GET /api/showtimes/{id} – a showtime with its film, cinema, hall and prices.
import { json, route } from "@/lib/http";
import { cinemaJson, movieJson, showtimeJson } from "@/lib/presenters/catalogue";
import { IdParams } from "@/lib/schemas/text";
import { getShowtimeDetails } from "@/lib/services/showtimes";
import { getMovie } from "@/lib/services/movies";

export const GET = route({ params: IdParams }, async ({ params }) => {
  const { showtime, cinema, hall, prices } = await getShowtimeDetails(params.id);
  const movie = await getMovie(showtime.movieId);
  return json({
    showtime: showtimeJson(showtime),
    movie: movieJson(movie),
    cinema: cinemaJson(cinema),
    hall: { id: hall.id, name: hall.name },
    prices: prices.map((price) => ({
      seatType: price.seatType.toLowerCase(),
      amountCents: price.amountCents,
      currency: price.currency,
    })),
  });
});
