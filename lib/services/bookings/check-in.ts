import "server-only";
// Door check-in. A scan answers at a glance what the door needs to know:
// come in (film, time, seat, kind of seat), already in (when, by whom),
// wrong show or wrong day (which one it is for), refunded, or unknown; and
// how many of the show's valid tickets have come through so far.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getMovie } from "@/lib/services/movies";
import { getShowtimeDetails } from "@/lib/services/showtimes";
import { getUserById } from "@/lib/services/users";

/** Doors open this long before a show; a ticket is good until the show ends. */
export const DOORS_OPEN_MINUTES = 240;

export interface DoorCount {
  /** Valid tickets checked in. */
  admitted: number;
  /** Valid tickets sold (refunded ones are not expected). */
  expected: number;
}

export interface CheckInResult {
  ticket: { id: string; seatLabel: string; seatType: string; checkedInAt: Date };
  booking: { id: string; reference: string; showtimeId: string };
  show: TicketShow;
  count: DoorCount;
}

export interface TicketShow {
  showtimeId: string;
  filmTitle: string;
  startsAt: string;
  hallName: string;
  cinemaName: string;
  timeZone: string;
}

/** How many of each showtime's valid tickets have been checked in. */
export async function doorCounts(showtimeIds: string[]): Promise<Map<string, DoorCount>> {
  if (showtimeIds.length === 0) return new Map();
  const rows = await db.ticket.groupBy({
    by: ["showtimeId"],
    where: { showtimeId: { in: showtimeIds }, voidedAt: null },
    _count: { _all: true, checkedInAt: true },
  });
  const counts = new Map(showtimeIds.map((id) => [id, { admitted: 0, expected: 0 }]));
  for (const row of rows) counts.set(row.showtimeId, { admitted: row._count.checkedInAt, expected: row._count._all });
  return counts;
}

async function showOf(showtimeId: string): Promise<TicketShow & { endsAt: Date }> {
  const { showtime, cinema, hall } = await getShowtimeDetails(showtimeId);
  const movie = await getMovie(showtime.movieId);
  return {
    showtimeId,
    filmTitle: movie.title,
    startsAt: showtime.startsAt.toISOString(),
    endsAt: showtime.endsAt,
    hallName: hall.name,
    cinemaName: cinema.name,
    timeZone: cinema.timeZone,
  };
}

/**
 * Admits a ticket at the door: the first scan of a valid ticket for this
 * show (or, without `showtimeId`, for a show whose doors are open now) lets
 * its holder in; anything else is refused with what it is, and nobody is
 * admitted twice (one conditional update decides).
 */
export async function checkIn(
  staffId: string,
  code: string,
  options: { showtimeId?: string; now?: Date } = {},
): Promise<CheckInResult> {
  const now = options.now ?? new Date();
  const ticket = await db.ticket.findUnique({ where: { code: code.trim() }, include: { booking: true } });
  if (!ticket) throw new AppError("not_found", "No ticket has this code.", { extra: { outcome: "unknown" } });
  const { endsAt, ...show } = await showOf(ticket.showtimeId);
  const described = {
    show,
    ticket: { seatLabel: ticket.seatLabel, seatType: ticket.seatType.toLowerCase() },
    booking: { reference: ticket.booking.reference },
    count: (await doorCounts([options.showtimeId ?? ticket.showtimeId])).get(options.showtimeId ?? ticket.showtimeId),
  };
  if (ticket.voidedAt || ticket.booking.status !== "CONFIRMED") {
    const why = ticket.voidedAt ? "refunded" : `booking ${ticket.booking.status.toLowerCase().replace("_", " ")}`;
    throw new AppError("ticket_refunded", `This ticket is not valid (${why}).`, {
      extra: { outcome: "refunded", ...described },
    });
  }
  if (options.showtimeId && options.showtimeId !== ticket.showtimeId)
    throw new AppError("wrong_showtime", "This ticket is for another showtime.", {
      extra: { outcome: "wrong_showtime", ...described },
    });
  const opens = new Date(show.startsAt).getTime() - DOORS_OPEN_MINUTES * 60_000;
  if (now.getTime() < opens || now > endsAt)
    throw new AppError("wrong_showtime", now > endsAt ? "This show is over." : "This ticket is for a later show.", {
      extra: { outcome: "wrong_day", ...described },
    });
  const admitted = await db.ticket.updateMany({
    where: { id: ticket.id, checkedInAt: null },
    data: { checkedInAt: now, checkedInBy: staffId },
  });
  const count = (await doorCounts([ticket.showtimeId])).get(ticket.showtimeId)!;
  if (admitted.count === 0) {
    const again = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    const by = again.checkedInBy ? await getUserById(again.checkedInBy).catch(() => null) : null;
    throw new AppError(
      "already_checked_in",
      `Seat ${ticket.seatLabel} was already checked in at ${again.checkedInAt!.toISOString()}${by ? ` by ${by.name}` : ""}.`,
      {
        extra: {
          outcome: "already_used",
          ...described,
          count,
          checkedInAt: again.checkedInAt!.toISOString(),
          checkedInBy: by?.name ?? null,
          seatLabel: ticket.seatLabel,
        },
      },
    );
  }
  return {
    ticket: { id: ticket.id, seatLabel: ticket.seatLabel, seatType: ticket.seatType.toLowerCase(), checkedInAt: now },
    booking: { id: ticket.booking.id, reference: ticket.booking.reference, showtimeId: ticket.showtimeId },
    show,
    count,
  };
}
