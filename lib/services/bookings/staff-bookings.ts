import "server-only";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { queueMessage } from "@/lib/services/notifications";
import { queueRefund } from "@/lib/services/payments";
import { recordAudit } from "@/lib/services/users";
import { endingProps, loadBookingSnapshot, manageUrl } from "./booking-snapshot";
import { isReference } from "./codes";
import { afterEnding, endBooking } from "./end-booking";
import { lockBooking } from "./lock-booking";

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

/** A staff refund of a whole booking or of some of its tickets; the refund is sent after the commit. */
export async function refundBooking(staffId: string, bookingId: string, ticketIds?: string[]) {
  const snapshot = await loadBookingSnapshot(bookingId);
  if (!snapshot) throw notFound("The booking");
  const ending = await db.$transaction(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
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
    // The same choice twice (a double click) is one refund.
    const key = whole
      ? "staff-whole"
      : `staff-${chosen
          .map((t) => t.id)
          .sort()
          .join("-")}`;
    const refund = await queueRefund(tx, {
      bookingId,
      amountCents: chosen.reduce((sum, ticket) => sum + ticket.amountCents, 0),
      ticketIds: chosen.map((t) => t.id),
      reason: "Refunded by staff",
      key,
    });
    const ending = await endBooking(tx, booking, "REFUNDED", whole ? undefined : chosen.map((t) => t.id));
    await queueMessage(tx, {
      template: "booking-cancelled",
      recipient: booking.customerEmail,
      props: { ...endingProps(snapshot, refund.amountCents), kind: "refunded", manageUrl: manageUrl(bookingId) },
      dedupeKey: `booking-refunded:${bookingId}:${key}`,
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "booking.refund",
      entityType: "booking",
      entityId: bookingId,
      details: { amountCents: refund.amountCents, tickets: chosen.map((t) => t.seatLabel) },
      before: { status: booking.status, validTickets: live.length },
      after: { status: whole ? "REFUNDED" : booking.status, validTickets: live.length - chosen.length },
    });
    return { ...ending, refundId: refund.id };
  });
  await afterEnding(ending);
  return db.booking.findUniqueOrThrow({ where: { id: bookingId }, include: { tickets: true } });
}
