// Answers of the public catalogue: films, cinemas, showtimes, seat maps, posters.
import type { DescribedOperations } from "../described-operation";
import { answer, bool, int, items, list, media, obj, ref, str } from "../shapes";

export const CATALOGUE: DescribedOperations = {
  "GET /api/movies": {
    summary: "The film catalogue, by title, genre and status",
    answers: { "200": answer("Films", items(ref("Movie"))) },
  },
  "GET /api/movies/:id": {
    summary: "One film, by id or slug",
    answers: { "200": answer("The film", obj({ movie: ref("Movie") })) },
  },
  "GET /api/showtimes": {
    summary: "Upcoming showtimes by film, cinema and day (in the cinema's time zone), with seats left",
    answers: { "200": answer("Showtimes", items(ref("Showtime"))) },
  },
  "GET /api/showtimes/:id": {
    summary: "One showtime with its film, cinema, hall and prices",
    answers: {
      "200": answer(
        "The showtime",
        obj({
          showtime: ref("Showtime"),
          movie: ref("Movie"),
          cinema: ref("Cinema"),
          hall: obj({ id: str, name: str }),
          prices: list(ref("Price")),
        }),
      ),
    },
  },
  "GET /api/showtimes/:id/seats": {
    summary: "The live seat map; the caller's own holds show as held_by_you",
    description:
      "Revalidate with If-None-Match: an unchanged map is a bodiless 304. To follow changes as they happen, open GET /api/showtimes/{id}/seats/stream instead of polling.",
    optionalCaller: true,
    headers: [
      { name: "If-None-Match", in: "header", required: false, description: "The ETag of a map you have", schema: str },
    ],
    answers: {
      "200": answer(
        "The seat map",
        obj(
          {
            showtimeId: str,
            rows: int,
            cols: int,
            currency: str,
            hall: str,
            maxSeats: { ...int, description: "How many seats one person may hold at once" },
            rules: obj({ orphanSeatRule: bool, companionOpenFrom: str }),
            seats: list(ref("Seat")),
          },
          ["rows", "cols", "seats"],
        ),
        { etag: "The map's version, for If-None-Match" },
      ),
      "304": answer("Unchanged since the ETag sent"),
    },
  },
  "GET /api/showtimes/:id/seats/stream": {
    summary: "Server-Sent Events: every seat's status, then each change as it happens",
    description:
      'Events: `seats` with `{"changes": [[seatId, status], ...]}` (first every seat, then only the ones that changed) and `ping` to keep the connection open. Reconnect after `retry` milliseconds when dropped.',
    answers: { "200": media("An event stream", "text/event-stream") },
  },
  "GET /api/cinemas": {
    summary: "Every cinema with its halls",
    answers: { "200": answer("Cinemas", items(ref("Cinema"))) },
  },
  "GET /api/cinemas/:id": {
    summary: "One cinema with its halls, by id or slug",
    answers: { "200": answer("The cinema", obj({ cinema: ref("Cinema") })) },
  },
  "GET /api/posters/:file": {
    summary: "A poster uploaded by staff (the posterUrl of a film)",
    answers: {
      "200": {
        description: "The image; its name changes with its content, so it may be cached for good",
        content: Object.fromEntries(
          ["image/png", "image/jpeg", "image/webp"].map((type) => [
            type,
            { schema: { type: "string", contentMediaType: type } },
          ]),
        ),
      },
    },
  },
};
