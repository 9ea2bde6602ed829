import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { queueMessage } from "@/lib/services/notifications";
import { refundPayment } from "@/lib/services/payments";
import { unsellSeats } from "@/lib/services/seats";
import { cancelShowtimeSchedule } from "@/lib/services/showtimes";
import { getUserById, recordAudit } from "@/lib/services/users";
import { isReference } from "./codes";
import { expireBooking } from "./expire-booking";
import { lockBooking } from "./confirm-booking";
import { manageUrl, showInfo } from "./show-info";

/** Staff search: a reference, a customer's e-mail, or a ticket code. */
export async function searchBookings(q: string | undefined, limit = 50) {
  const term = q?.trim();
  const where = !term
    ? {}
    : isReference(term.toUpperCase())
      ? { reference: term.toUpperCase() }
      : term.startsWith("tk_")
        ? { tickets: { some: { code: term } } }
        : {
            OR: [
              { customerEmail: { contains: term, mode: "insensitive" as const } },
              { reference: { contains: term.toUpperCase() } },
            ],
          };
  return db.booking.findMany({ where, include: { tickets: true }, orderBy: { createdAt: "desc" }, take: limit });
}

/** A staff refund of a whole booking or of some of its tickets. */
export async function refundBooking(staffId: string, bookingId: string, ticketIds?: string[]) {
  const booking = await db.booking.findUnique({ where: { id: bookingId }, include: { tickets: true } });
  if (!booking) throw notFound("The booking");
  if (booking.status !== "CONFIRMED")
    throw new AppError(
      "booking_not_refundable",
      `Only confirmed bookings can be refunded; this one is ${booking.status.toLowerCase().replace("_", " ")}.`,
    );
  const live = booking.tickets.filter((ticket) => !ticket.voidedAt);
  const chosen = ticketIds?.length ? live.filter((ticket) => ticketIds.includes(ticket.id)) : live;
  if (chosen.length === 0) throw new AppError("booking_not_refundable", "None of those tickets can be refunded.");
  const whole = chosen.length === live.length;
  const amountCents = chosen.reduce((sum, ticket) => sum + ticket.amountCents, 0);
  const key = whole
    ? "staff-whole"
    : `staff-${chosen
        .map((t) => t.id)
        .sort()
        .join("-")}`;
  const { refundedCents } = await refundPayment({
    bookingId,
    amountCents,
    ticketIds: chosen.map((t) => t.id),
    reason: `Refunded by staff`,
    key,
  });
  await db.$transaction(async (tx) => {
    await lockBooking(tx, bookingId);
    const now = new Date();
    await tx.ticket.updateMany({
      where: { id: { in: chosen.map((t) => t.id) }, voidedAt: null },
      data: { voidedAt: now },
    });
    await unsellSeats(
      tx,
      bookingId,
      chosen.map((t) => t.seatId),
    );
    if (whole) await tx.booking.update({ where: { id: bookingId }, data: { status: "REFUNDED", cancelledAt: now } });
    const [show, user] = await Promise.all([showInfo(booking.showtimeId), getUserById(booking.userId)]);
    await queueMessage(tx, {
      template: "booking-cancelled",
      recipient: booking.customerEmail,
      props: {
        ...show,
        reference: booking.reference,
        customerName: user.name,
        refundCents: refundedCents,
        currency: booking.currency,
        kind: "refunded",
        manageUrl: manageUrl(bookingId),
      },
      dedupeKey: `booking-refunded:${bookingId}:${key}`,
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "booking.refund",
      entityType: "booking",
      entityId: bookingId,
      details: { amountCents: refundedCents, tickets: chosen.map((t) => t.seatLabel) },
    });
  });
  return db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { tickets: true } });
}

export type CheckInResult = {
  ticket: { id: string; seatLabel: string; checkedInAt: Date };
  booking: { id: string; reference: string; showtimeId: string };
};

/** Door check-in: the first scan admits; a second one is refused, with when. */
export async function checkIn(staffId: string, code: string): Promise<CheckInResult> {
  const ticket = await db.ticket.findUnique({ where: { code: code.trim() }, include: { booking: true } });
  if (!ticket) throw new AppError("not_found", "No ticket has this code.");
  if (ticket.voidedAt || ticket.booking.status !== "CONFIRMED") {
    throw new AppError(
      "conflict",
      `This ticket is not valid (booking ${ticket.booking.status.toLowerCase().replace("_", " ")}).`,
    );
  }
  const now = new Date();
  const admitted = await db.ticket.updateMany({
    where: { id: ticket.id, checkedInAt: null },
    data: { checkedInAt: now, checkedInBy: staffId },
  });
  if (admitted.count === 0) {
    const again = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    throw new AppError(
      "already_checked_in",
      `Seat ${ticket.seatLabel} was already checked in at ${again.checkedInAt!.toISOString()}.`,
      {
        extra: { checkedInAt: again.checkedInAt!.toISOString(), seatLabel: ticket.seatLabel },
      },
    );
  }
  return {
    ticket: { id: ticket.id, seatLabel: ticket.seatLabel, checkedInAt: now },
    booking: { id: ticket.booking.id, reference: ticket.booking.reference, showtimeId: ticket.showtimeId },
  };
}

/** The cinema cancels a showtime: every paid booking is refunded and told, pending ones end. */
export async function cancelShowtime(staffId: string, showtimeId: string) {
  await cancelShowtimeSchedule(showtimeId);
  const bookings = await db.booking.findMany({
    where: { showtimeId, status: { in: ["CONFIRMED", "PENDING_PAYMENT"] } },
  });
  let refunded = 0;
  for (const booking of bookings) {
    if (booking.status === "PENDING_PAYMENT") {
      await db.$transaction((tx) => expireBooking(tx, booking.id, "hold_expired"));
      continue;
    }
    const { refundedCents } = await refundPayment({
      bookingId: booking.id,
      amountCents: booking.amountCents,
      reason: "Showtime cancelled by the cinema",
      key: "showtime-cancelled",
    });
    await db.$transaction(async (tx) => {
      const locked = await lockBooking(tx, booking.id);
      if (locked?.status !== "CONFIRMED") return;
      await tx.booking.update({ where: { id: booking.id }, data: { status: "REFUNDED", cancelledAt: new Date() } });
      await tx.ticket.updateMany({ where: { bookingId: booking.id, voidedAt: null }, data: { voidedAt: new Date() } });
      const [show, user] = await Promise.all([showInfo(showtimeId), getUserById(booking.userId)]);
      await queueMessage(tx, {
        template: "showtime-cancelled",
        recipient: booking.customerEmail,
        props: {
          ...show,
          reference: booking.reference,
          customerName: user.name,
          refundCents: refundedCents,
          currency: booking.currency,
        },
        dedupeKey: `showtime-cancelled:${booking.id}`,
      });
    });
    refunded++;
  }
  await recordAudit(db, {
    actorId: staffId,
    action: "showtime.cancel",
    entityType: "showtime",
    entityId: showtimeId,
    details: { refunded, bookings: bookings.length },
  });
  return { refunded, bookings: bookings.length };
}
