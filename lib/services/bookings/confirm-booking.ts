import "server-only";
import type { Tx } from "@/lib/db";
import { queueMessage } from "@/lib/services/notifications";
import type { PaidOutcome } from "@/lib/services/payments";
import { sellSeats } from "@/lib/services/seats";
import { manageUrl, type BookingSnapshot } from "./booking-snapshot";
import { newTicketCode } from "./codes";
import { confirmationMessage } from "./confirmation-message";
import { endBooking } from "./end-booking";
import { lockBooking } from "./lock-booking";

/**
 * Payment arrived: sell the seats, issue the tickets and queue the
 * confirmation, all in the payment event's transaction. A booking whose
 * seats went to someone else meanwhile, or whose showtime was cancelled, is
 * not confirmed (the payments service then refunds).
 */
export async function confirmBookingPayment(tx: Tx, snapshot: BookingSnapshot): Promise<PaidOutcome> {
  const booking = await lockBooking(tx, snapshot.booking.id);
  if (!booking) return "not_payable";
  if (booking.status === "CONFIRMED") return "already";
  if (booking.status !== "PENDING_PAYMENT" && booking.status !== "EXPIRED") return "not_payable";
  if (snapshot.showtime.status === "CANCELLED" || !booking.holdId || snapshot.seats.length === 0) return "not_payable";
  const sale = await sellSeats(tx, {
    showtimeId: booking.showtimeId,
    seatIds: snapshot.seats.map((seat) => seat.seatId),
    holdId: booking.holdId,
    bookingId: booking.id,
    userId: booking.userId,
  });
  if (!sale.sold) {
    await tx.booking.update({ where: { id: booking.id }, data: { status: "EXPIRED" } });
    return "seats_lost";
  }
  const tickets = snapshot.seats.map((seat) => ({
    bookingId: booking.id,
    showtimeId: booking.showtimeId,
    seatId: seat.seatId,
    seatLabel: seat.label,
    seatType: seat.type,
    amountCents: seat.amountCents,
    code: newTicketCode(),
  }));
  await tx.ticket.createMany({ data: tickets });
  await tx.booking.update({ where: { id: booking.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });

  const { customer } = snapshot;
  await queueMessage(tx, confirmationMessage(snapshot, booking, tickets, `booking-confirmed:${booking.id}`));
  if (customer.phone && customer.smsOptIn) {
    await queueMessage(tx, {
      channel: "SMS",
      template: "sms",
      recipient: customer.phone,
      props: {
        text: `Booked: ${snapshot.show.filmTitle}, ${tickets.map((t) => t.seatLabel).join(", ")}. Ref ${booking.reference}. Tickets: ${manageUrl(booking.id)}`,
      },
      dedupeKey: `booking-confirmed-sms:${booking.id}`,
    });
  }
  return "confirmed";
}

/** All the money went back (the provider says so): the booking is refunded and its seats go back on sale. */
export async function markBookingRefunded(tx: Tx, snapshot: BookingSnapshot): Promise<void> {
  const booking = await lockBooking(tx, snapshot.booking.id);
  if (booking?.status === "CONFIRMED") await endBooking(tx, booking, "REFUNDED");
}
