// GET /api/admin/bookings/{id} – one booking for the desk: tickets, show, customer, payment, refunds, messages, timeline.
import { json, route } from "@/lib/http";
import { bookingJson } from "@/lib/presenters/booking";
import { bookingDesk } from "@/lib/read-models/booking-desk";
import { IdParams } from "@/lib/schemas/text";

export const GET = route({ access: "staff", params: IdParams }, async ({ params }) => {
  const desk = await bookingDesk(params.id);
  const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
  return json(
    {
      booking: {
        ...bookingJson({ ...desk.booking, payment: desk.payment }),
        customerEmail: desk.booking.customerEmail,
        tickets: desk.booking.tickets.map((ticket) => ({
          ...bookingJson({ ...desk.booking, tickets: [ticket] }).tickets![0],
          voidedAt: iso(ticket.voidedAt),
        })),
      },
      customer: desk.customer && { id: desk.customer.id, name: desk.customer.name, email: desk.customer.email },
      show: { ...desk.show, startsAt: desk.show.startsAt.toISOString(), status: desk.show.status.toLowerCase() },
      payment: desk.payment && {
        provider: desk.payment.provider.toLowerCase(),
        status: desk.payment.status.toLowerCase(),
        amountCents: desk.payment.amountCents,
        amountRefundedCents: desk.payment.amountRefundedCents,
        currency: desk.payment.currency,
        paymentIntentId: desk.payment.paymentIntentId,
      },
      refunds: desk.refunds.map((refund) => ({
        id: refund.id,
        amountCents: refund.amountCents,
        reason: refund.reason,
        status: refund.status,
        ticketIds: refund.ticketIds,
        createdAt: iso(refund.createdAt),
        completedAt: iso(refund.completedAt),
      })),
      messages: desk.messages.map((message) => ({
        ...message,
        status: message.status.toLowerCase(),
        createdAt: iso(message.createdAt),
        sentAt: iso(message.sentAt),
      })),
      timeline: desk.timeline.map((event) => ({ ...event, at: event.at.toISOString() })),
    },
    200,
    { "cache-control": "no-store" },
  );
});
