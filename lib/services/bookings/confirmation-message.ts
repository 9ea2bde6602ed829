import "server-only";
// The confirmation e-mail with the tickets: the same message when payment
// confirms a booking and when staff send it again.
import type { QueuedMessage } from "@/lib/services/notifications";
import { manageUrl, type BookingSnapshot } from "./booking-snapshot";

export function confirmationMessage(
  snapshot: BookingSnapshot,
  booking: { id: string; reference: string; customerEmail: string; amountCents: number; currency: string },
  tickets: { code: string; seatLabel: string; seatType: string }[],
  dedupeKey: string,
): QueuedMessage<"booking-confirmed"> {
  return {
    template: "booking-confirmed",
    recipient: booking.customerEmail,
    props: {
      ...snapshot.show,
      bookingId: booking.id,
      reference: booking.reference,
      customerName: snapshot.customer.name,
      tickets: tickets.map((ticket) => ({ code: ticket.code, seatLabel: ticket.seatLabel, seatType: ticket.seatType })),
      totalCents: booking.amountCents,
      currency: booking.currency,
      manageUrl: manageUrl(booking.id),
    },
    dedupeKey,
    // Tickets go only to an address its owner has proved.
    waitForVerification: !snapshot.customer.emailVerified,
  };
}
