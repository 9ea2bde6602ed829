import "server-only";
// Everything that ending or confirming a booking needs from other services
// (the show, the customer, the held seats), read before the transaction that
// changes the booking: inside it, only the transaction is used, so a burst
// of payments never waits on a second connection from the pool.
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { Booking, Ticket } from "@/lib/generated/prisma/client";
import type { SeatType, ShowtimeStatus } from "@/lib/generated/prisma/enums";
import { getMovie } from "@/lib/services/movies";
import type { ShowInfo } from "@/lib/services/notifications";
import { getHold } from "@/lib/services/seats";
import { getLayoutSeats, getShowtimeDetails } from "@/lib/services/showtimes";
import { getUserById } from "@/lib/services/users";

export interface SnapshotSeat {
  seatId: string;
  label: string;
  type: SeatType;
  amountCents: number;
}

export interface BookingSnapshot {
  /** As read before the transaction: its status is checked again under the booking's lock. */
  booking: Booking & { tickets: Ticket[] };
  show: ShowInfo;
  showtime: { status: ShowtimeStatus; startsAt: Date };
  customer: { name: string; phone: string | null; smsOptIn: boolean; emailVerified: boolean };
  /** The seats of the booking's hold, in seat order, priced as the showtime sells them. */
  seats: SnapshotSeat[];
}

export async function loadBookingSnapshot(bookingId: string): Promise<BookingSnapshot | null> {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, include: { tickets: true } });
  if (!booking) return null;
  const [{ showtime, cinema, hall, prices }, customer, hold] = await Promise.all([
    getShowtimeDetails(booking.showtimeId),
    getUserById(booking.userId),
    booking.holdId ? getHold(booking.holdId) : null,
  ]);
  const [movie, layout] = await Promise.all([getMovie(showtime.movieId), getLayoutSeats(showtime.layoutId)]);
  const held = new Set(hold?.seatIds ?? []);
  const seats = layout.seats
    .filter((seat) => held.has(seat.id))
    .sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol)
    .map((seat) => ({
      seatId: seat.id,
      label: seat.label,
      type: seat.type,
      amountCents: prices.find((price) => price.seatType === seat.type)?.amountCents ?? 0,
    }));
  return {
    booking,
    show: {
      filmTitle: movie.title,
      cinemaName: cinema.name,
      cinemaAddress: cinema.address,
      hallName: hall.name,
      startsAt: showtime.startsAt.toISOString(),
      endsAt: showtime.endsAt.toISOString(),
      timeZone: cinema.timeZone,
    },
    showtime: { status: showtime.status, startsAt: showtime.startsAt },
    customer: {
      name: customer.name,
      phone: customer.phone,
      smsOptIn: customer.smsOptIn,
      emailVerified: customer.emailVerified,
    },
    seats,
  };
}

export const manageUrl = (bookingId: string) => `${appUrl()}/bookings/${bookingId}`;

/** What every message about a booking's end says: the show, the booking, and the money going back. */
export function endingProps(snapshot: BookingSnapshot, refundCents: number) {
  return {
    ...snapshot.show,
    reference: snapshot.booking.reference,
    customerName: snapshot.customer.name,
    refundCents,
    currency: snapshot.booking.currency,
  };
}
