import "server-only";
// A showtime's or a day's bookings as CSV, one row per ticket: the showtimes
// service says which shows and where, the movies service their titles, the
// bookings service the tickets and bookings, streamed a showtime at a time.
// Ticket codes are left out: they open the door, and a spreadsheet travels.
import { formatMoneyPlain } from "./money-text";
import { csvLine } from "./csv";
import { localDateKey, formatTime } from "@/lib/format";
import { ticketsOfShowtimes } from "@/lib/services/bookings";
import { getMoviesByIds } from "@/lib/services/movies";
import { listCinemas, listShowtimes, listShowtimesByIds } from "@/lib/services/showtimes";
import { notFound } from "@/lib/errors";

export const EXPORT_COLUMNS = [
  "Booking reference",
  "Booking status",
  "Customer e-mail",
  "Film",
  "Cinema",
  "Hall",
  "Show date",
  "Show time",
  "Seat",
  "Seat type",
  "Ticket",
  "Price",
  "Currency",
  "Booked at",
  "Paid at",
  "Checked in at",
] as const;

interface ExportShow {
  id: string;
  startsAt: Date;
  timeZone: string;
  filmTitle: string;
  cinemaName: string;
  hallName: string;
}

/** The showtimes of one export: one showtime, or every showtime of a day (in each cinema's zone), in start order. */
export async function exportShows(query: {
  showtimeId?: string;
  date?: string;
  cinemaId?: string;
}): Promise<ExportShow[]> {
  let shows: (Omit<ExportShow, "filmTitle"> & { movieId: string })[];
  if (query.showtimeId) {
    shows = await listShowtimesByIds([query.showtimeId]);
    if (shows.length === 0) throw notFound("The showtime");
  } else {
    const [showtimes, cinemas] = await Promise.all([
      listShowtimes({ date: query.date, cinemaId: query.cinemaId, includePast: true, limit: 500 }),
      listCinemas(),
    ]);
    const cinemaOf = new Map(cinemas.map((cinema) => [cinema.id, cinema]));
    shows = showtimes.map((showtime) => ({
      id: showtime.id,
      startsAt: showtime.startsAt,
      timeZone: cinemaOf.get(showtime.cinemaId)!.timeZone,
      cinemaName: cinemaOf.get(showtime.cinemaId)!.name,
      hallName: showtime.hall.name,
      movieId: showtime.movieId,
    }));
  }
  const titles = new Map((await getMoviesByIds(shows.map((show) => show.movieId))).map((m) => [m.id, m.title]));
  return shows.map((show) => ({ ...show, filmTitle: titles.get(show.movieId) ?? show.movieId }));
}

const at = (date: Date | null, timeZone: string) =>
  date ? `${localDateKey(date, timeZone)} ${formatTime(date, timeZone)}` : "";

/** The CSV's lines: the header, then a row per ticket, showtime by showtime. */
export async function* bookingLines(shows: ExportShow[]): AsyncGenerator<string> {
  yield csvLine([...EXPORT_COLUMNS]);
  const showOf = new Map(shows.map((show) => [show.id, show]));
  for await (const tickets of ticketsOfShowtimes(shows.map((show) => show.id))) {
    let lines = "";
    for (const ticket of tickets) {
      const show = showOf.get(ticket.showtimeId)!;
      const { booking } = ticket;
      lines += csvLine([
        booking.reference,
        booking.status.toLowerCase().replace("_", " "),
        booking.customerEmail,
        show.filmTitle,
        show.cinemaName,
        show.hallName,
        localDateKey(show.startsAt, show.timeZone),
        formatTime(show.startsAt, show.timeZone),
        ticket.seatLabel,
        ticket.seatType.toLowerCase(),
        ticket.voidedAt ? "refunded" : "valid",
        formatMoneyPlain(ticket.amountCents),
        booking.currency,
        at(booking.createdAt, show.timeZone),
        at(booking.confirmedAt, show.timeZone),
        at(ticket.checkedInAt, show.timeZone),
      ]);
    }
    if (lines) yield lines;
  }
}
