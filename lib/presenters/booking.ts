// The JSON shape of a booking in the REST API (API.md).
import type { Booking, Payment, Ticket } from "@/lib/generated/prisma/client";

export function bookingJson(booking: Booking & { tickets?: Ticket[]; payment?: Payment | null }) {
  return {
    id: booking.id,
    reference: booking.reference,
    status: booking.status.toLowerCase(),
    showtimeId: booking.showtimeId,
    amountCents: booking.amountCents,
    currency: booking.currency,
    expiresAt: booking.expiresAt.toISOString(),
    createdAt: booking.createdAt.toISOString(),
    confirmedAt: booking.confirmedAt?.toISOString() ?? null,
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    ...(booking.tickets
      ? {
          tickets: booking.tickets.map((ticket) => ({
            id: ticket.id,
            seatId: ticket.seatId,
            seatLabel: ticket.seatLabel,
            seatType: ticket.seatType.toLowerCase(),
            amountCents: ticket.amountCents,
            // The code opens the door: shown only while the ticket is valid.
            code: ticket.voidedAt ? null : ticket.code,
            checkedInAt: ticket.checkedInAt?.toISOString() ?? null,
            voided: ticket.voidedAt !== null,
          })),
        }
      : {}),
    ...(booking.payment !== undefined
      ? {
          payment: booking.payment
            ? {
                provider: booking.payment.provider.toLowerCase(),
                checkoutSessionId: booking.payment.checkoutSessionId,
                status: booking.payment.status.toLowerCase(),
                amountRefundedCents: booking.payment.amountRefundedCents,
              }
            : null,
        }
      : {}),
  };
}
