// The JSON shapes of the catalogue in the REST API (API.md), in one place so
// every route answers the same fields.
import type { Movie, Showtime, Cinema } from "@/lib/generated/prisma/client";

const STATUS = { NOW_SHOWING: "now_showing", COMING_SOON: "coming_soon", ARCHIVED: "archived" } as const;

export function movieJson(movie: Movie) {
  return {
    id: movie.id,
    slug: movie.slug,
    title: movie.title,
    synopsis: movie.synopsis,
    genres: movie.genres,
    runtimeMin: movie.runtimeMin,
    rating: movie.rating,
    releaseDate: movie.releaseDate.toISOString().slice(0, 10),
    status: STATUS[movie.status],
    posterUrl: movie.posterUrl,
    trailerUrl: movie.trailerUrl,
    castLine: movie.castLine,
    director: movie.director,
    language: movie.language,
  };
}

export function showtimeJson(showtime: Showtime, availability?: { total: number; available: number }) {
  return {
    id: showtime.id,
    movieId: showtime.movieId,
    cinemaId: showtime.cinemaId,
    hallId: showtime.hallId,
    startsAt: showtime.startsAt.toISOString(),
    endsAt: showtime.endsAt.toISOString(),
    format: showtime.format,
    language: showtime.language,
    subtitles: showtime.subtitles,
    status: showtime.status.toLowerCase(),
    ...(availability ? { seatsTotal: availability.total, seatsAvailable: availability.available } : {}),
  };
}

export function cinemaJson(cinema: Cinema & { halls?: { id: string; name: string }[] }) {
  return {
    id: cinema.id,
    slug: cinema.slug,
    name: cinema.name,
    city: cinema.city,
    address: cinema.address,
    timeZone: cinema.timeZone,
    currency: cinema.currency,
    ...(cinema.halls ? { halls: cinema.halls.map((hall) => ({ id: hall.id, name: hall.name })) } : {}),
  };
}
