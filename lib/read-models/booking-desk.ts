import "server-only";
// One booking as the bookings desk sees it: its tickets, the show, the
// customer, the payment and its refunds, the messages sent about it, and a
// timeline of everything that happened to it, staff actions included (from
// the audit trail). It combines the bookings, showtimes, movies, users,
// payments and notifications services, so it sits above them.
//
// The payments and notifications services have no reader yet for one
// payment's refunds or one booking's messages: until they do, they are read
// here by their keys (refunds by payment, messages by the booking's outbox
// keys), read-only.
import { db } from "@/lib/db";
import { getBookingForStaff } from "@/lib/services/bookings";
import { getMovie } from "@/lib/services/movies";
import { getPaymentForBooking } from "@/lib/services/payments";
import { getShowtimeDetails } from "@/lib/services/showtimes";
import { getUserById } from "@/lib/services/users";
import { auditOf, type AuditItem } from "@/lib/services/users/audit";

export type TimelineKind = "booking" | "payment" | "ticket" | "refund" | "message" | "staff";

export interface TimelineEvent {
  at: Date;
  kind: TimelineKind;
  text: string;
  /** Who did it, when a person did. */
  by?: string;
}

/** The outbox keys under which the services queue messages about a booking. */
function messageKeys(bookingId: string, refundKeys: string[], audit: AuditItem[]): string[] {
  const resent = audit
    .map((entry) => (entry.details as { dedupeKey?: string } | null)?.dedupeKey)
    .filter((key): key is string => typeof key === "string");
  return [
    `booking-confirmed:${bookingId}`,
    `booking-confirmed-sms:${bookingId}`,
    `booking-cancelled:${bookingId}`,
    `showtime-cancelled:${bookingId}`,
    `booking-expired:${bookingId}`,
    ...refundKeys.map((key) => `booking-refunded:${bookingId}:${key}`),
    ...resent,
  ];
}

const AUDIT_TEXT: Record<string, string> = {
  "booking.refund": "Refunded by staff",
  "booking.resend_confirmation": "Confirmation e-mail sent again",
};

async function names(userIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  const users = await Promise.all(ids.map((id) => getUserById(id).catch(() => null)));
  return new Map(users.filter((user) => user !== null).map((user) => [user.id, user.name]));
}

export async function bookingDesk(bookingId: string) {
  const booking = await getBookingForStaff(bookingId);
  const [details, payment, customer, audit] = await Promise.all([
    getShowtimeDetails(booking.showtimeId),
    getPaymentForBooking(bookingId),
    getUserById(booking.userId).catch(() => null),
    auditOf([{ type: "booking", id: bookingId }]),
  ]);
  const [movie, refunds] = await Promise.all([
    getMovie(details.showtime.movieId),
    payment ? db.refund.findMany({ where: { paymentId: payment.id }, orderBy: { createdAt: "asc" } }) : [],
  ]);
  const messages = await db.outboxMessage.findMany({
    where: {
      dedupeKey: {
        in: messageKeys(
          bookingId,
          refunds.map((refund) => refund.key),
          audit,
        ),
      },
    },
    select: { id: true, channel: true, template: true, subject: true, status: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: "asc" },
  });
  const doorStaff = await names(booking.tickets.map((ticket) => ticket.checkedInBy));

  const money = (cents: number) => ({ cents, currency: booking.currency });
  const timeline: TimelineEvent[] = [
    {
      at: booking.createdAt,
      kind: "booking",
      text: `Booked ${booking.tickets.length || "its"} seat${booking.tickets.length === 1 ? "" : "s"}; checkout opened`,
      by: customer?.name ?? booking.customerEmail,
    },
  ];
  if (booking.confirmedAt)
    timeline.push({ at: booking.confirmedAt, kind: "payment", text: "Paid: booking confirmed, tickets issued" });
  if (booking.status === "EXPIRED")
    timeline.push({
      at: payment?.lastEventAt ?? booking.expiresAt,
      kind: "payment",
      text:
        payment?.status === "FAILED" ? "Payment failed: seats released" : "Checkout not paid in time: seats released",
    });
  for (const ticket of booking.tickets) {
    if (ticket.checkedInAt)
      timeline.push({
        at: ticket.checkedInAt,
        kind: "ticket",
        text: `Seat ${ticket.seatLabel} checked in at the door`,
        by: ticket.checkedInBy ? (doorStaff.get(ticket.checkedInBy) ?? "staff") : undefined,
      });
    if (ticket.voidedAt)
      timeline.push({ at: ticket.voidedAt, kind: "ticket", text: `Ticket for seat ${ticket.seatLabel} voided` });
  }
  if (booking.cancelledAt && booking.status === "CANCELLED")
    timeline.push({ at: booking.cancelledAt, kind: "booking", text: "Cancelled", by: customer?.name });
  for (const refund of refunds) {
    timeline.push({ at: refund.createdAt, kind: "refund", text: `Refund queued: ${refund.reason}` });
    if (refund.completedAt && refund.status === "succeeded")
      timeline.push({ at: refund.completedAt, kind: "refund", text: "Refund sent to the card" });
    if (refund.status === "failed")
      timeline.push({
        at: refund.lockedAt ?? refund.createdAt,
        kind: "refund",
        text: `Refund failed: ${refund.lastError ?? "see the logs"}`,
      });
  }
  for (const message of messages) {
    const what = message.subject ?? message.template.replace(/-/g, " ");
    timeline.push({ at: message.createdAt, kind: "message", text: `${message.channel} queued: ${what}` });
    if (message.sentAt)
      timeline.push({
        at: message.sentAt,
        kind: "message",
        text: `${message.channel} ${message.status === "KEPT" ? "kept in the development mailbox" : "sent"}: ${what}`,
      });
  }
  for (const entry of audit)
    timeline.push({
      at: entry.at,
      kind: "staff",
      text: AUDIT_TEXT[entry.action] ?? entry.action,
      by: entry.actor?.name ?? "system",
    });
  timeline.sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    booking,
    customer,
    show: {
      showtimeId: details.showtime.id,
      status: details.showtime.status,
      filmTitle: movie.title,
      startsAt: details.showtime.startsAt,
      cinemaName: details.cinema.name,
      hallName: details.hall.name,
      timeZone: details.cinema.timeZone,
    },
    payment,
    refunds,
    messages,
    audit,
    timeline,
    totals: {
      paid: money(payment && payment.paymentIntentId ? payment.amountCents : 0),
      refunded: money(payment?.amountRefundedCents ?? 0),
    },
  };
}

export type BookingDesk = Awaited<ReturnType<typeof bookingDesk>>;
