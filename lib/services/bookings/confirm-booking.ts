import "server-only";
import type { Tx } from "@/lib/db";
import { queueMessage } from "@/lib/services/notifications";
import { getHold, sellSeats, unsellSeats } from "@/lib/services/seats";
import { getLayoutSeats, getShowtimeDetails } from "@/lib/services/showtimes";
import { getUserById } from "@/lib/services/users";
import { newTicketCode } from "./codes";
import { manageUrl, showInfo } from "./show-info";

export type ConfirmOutcome = "confirmed" | "already" | "seats_lost" | "not_payable";

async function lockBooking(tx: Tx, bookingId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "bookings"."bookings" WHERE id = ${bookingId} FOR UPDATE`;
  return rows[0] ? tx.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { tickets: true } }) : null;
}

/**
 * Payment arrived: sell the seats, issue the tickets and queue the
 * confirmation, all in the payment event's transaction. A booking whose
 * seats went to someone else meanwhile is not confirmed (the caller refunds).
 */
export async function confirmBookingPayment(tx: Tx, bookingId: string): Promise<ConfirmOutcome> {
  const booking = await lockBooking(tx, bookingId);
  if (!booking) return "not_payable";
  if (booking.status === "CONFIRMED") return "already";
  if (booking.status !== "PENDING_PAYMENT" && booking.status !== "EXPIRED") return "not_payable";
  const hold = booking.holdId ? await getHold(booking.holdId) : null;
  if (!hold) return "not_payable";
  const sale = await sellSeats(tx, {
    showtimeId: booking.showtimeId,
    seatIds: hold.seatIds,
    holdId: hold.id,
    bookingId,
    userId: booking.userId,
  });
  if (!sale.sold) {
    await tx.booking.update({ where: { id: bookingId }, data: { status: "EXPIRED" } });
    return "seats_lost";
  }
  const { showtime, prices } = await getShowtimeDetails(booking.showtimeId);
  const layout = await getLayoutSeats(showtime.layoutId);
  const seats = layout.seats
    .filter((seat) => hold.seatIds.includes(seat.id))
    .sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol);
  const tickets = seats.map((seat) => ({
    bookingId,
    showtimeId: booking.showtimeId,
    seatId: seat.id,
    seatLabel: seat.label,
    seatType: seat.type,
    amountCents: prices.find((price) => price.seatType === seat.type)?.amountCents ?? 0,
    code: newTicketCode(),
  }));
  await tx.ticket.createMany({ data: tickets });
  await tx.booking.update({ where: { id: bookingId }, data: { status: "CONFIRMED", confirmedAt: new Date() } });

  const [show, user] = await Promise.all([showInfo(booking.showtimeId), getUserById(booking.userId)]);
  const props = {
    ...show,
    bookingId,
    reference: booking.reference,
    customerName: user.name,
    tickets: tickets.map((ticket) => ({ code: ticket.code, seatLabel: ticket.seatLabel, seatType: ticket.seatType })),
    totalCents: booking.amountCents,
    currency: booking.currency,
    manageUrl: manageUrl(bookingId),
  };
  await queueMessage(tx, {
    template: "booking-confirmed",
    recipient: booking.customerEmail,
    props,
    dedupeKey: `booking-confirmed:${bookingId}`,
  });
  if (user.phone && user.smsOptIn) {
    await queueMessage(tx, {
      channel: "SMS",
      template: "sms",
      recipient: user.phone,
      props: {
        text: `Booked: ${show.filmTitle}, ${tickets.map((t) => t.seatLabel).join(", ")}. Ref ${booking.reference}. Tickets: ${manageUrl(bookingId)}`,
      },
      dedupeKey: `booking-confirmed-sms:${bookingId}`,
    });
  }
  return "confirmed";
}

/** The money went back in full: the booking is refunded and its seats go back on sale. */
export async function markBookingRefunded(tx: Tx, bookingId: string): Promise<void> {
  const booking = await lockBooking(tx, bookingId);
  if (!booking || booking.status !== "CONFIRMED") return;
  await tx.booking.update({ where: { id: bookingId }, data: { status: "REFUNDED", cancelledAt: new Date() } });
  await tx.ticket.updateMany({ where: { bookingId, voidedAt: null }, data: { voidedAt: new Date() } });
  await unsellSeats(tx, bookingId);
}

export { lockBooking };
