import "server-only";
// The bookings desk: one booking as staff see it, its confirmation sent
// again, and every ticket of some showtimes read in batches for an export.
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, notFound } from "@/lib/errors";
import { queueMessage } from "@/lib/services/notifications";
import { recordAudit } from "@/lib/services/users";
import { loadBookingSnapshot } from "./booking-snapshot";
import { confirmationMessage } from "./confirmation-message";

/** A booking with all its tickets (refunded ones too), whoever it belongs to. */
export async function getBookingForStaff(bookingId: string) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    include: { tickets: { orderBy: { seatLabel: "asc" } } },
  });
  if (!booking) throw notFound("The booking");
  return booking;
}

/** The confirmation's outbox keys of a booking's resends, one per minute at most (a double click sends one). */
export const resendKey = (bookingId: string, now: Date) =>
  `booking-confirmed:${bookingId}:resend:${now.toISOString().slice(0, 16)}`;

/**
 * Sends the confirmation with the valid tickets again (a customer lost the
 * e-mail). Like the first one, it waits while the address is unconfirmed.
 */
export async function resendConfirmation(staffId: string, bookingId: string, now = new Date()) {
  const snapshot = await loadBookingSnapshot(bookingId);
  if (!snapshot) throw notFound("The booking");
  const { booking } = snapshot;
  const tickets = booking.tickets.filter((ticket) => !ticket.voidedAt);
  if (booking.status !== "CONFIRMED" || tickets.length === 0)
    throw new AppError(
      "conflict",
      `Only a confirmed booking with valid tickets has a confirmation to send; this one is ${booking.status.toLowerCase().replace("_", " ")}.`,
    );
  const dedupeKey = resendKey(bookingId, now);
  const queue = () =>
    db.$transaction(async (tx) => {
      await queueMessage(tx, confirmationMessage(snapshot, booking, tickets, dedupeKey));
      await recordAudit(tx, {
        actorId: staffId,
        action: "booking.resend_confirmation",
        entityType: "booking",
        entityId: bookingId,
        details: { dedupeKey, recipient: booking.customerEmail, tickets: tickets.map((t) => t.seatLabel) },
      });
    });
  // Two clicks at once race for the same key: the loser finds the message queued and only records its click.
  await queue().catch((error) => {
    if (isUniqueViolation(error)) return queue();
    throw error;
  });
  return { recipient: booking.customerEmail, waitsForConfirmedAddress: !snapshot.customer.emailVerified };
}

export type ExportTicket = Awaited<ReturnType<typeof ticketsOfShowtime>>[number];

function ticketsOfShowtime(showtimeId: string) {
  return db.ticket.findMany({
    where: { showtimeId },
    include: { booking: true },
    orderBy: [{ booking: { createdAt: "asc" } }, { bookingId: "asc" }, { seatLabel: "asc" }],
  });
}

/** Every ticket of these showtimes with its booking, one showtime at a time (a hall's worth at most in memory). */
export async function* ticketsOfShowtimes(showtimeIds: string[]): AsyncGenerator<ExportTicket[]> {
  for (const showtimeId of showtimeIds) yield await ticketsOfShowtime(showtimeId);
}
