import "server-only";
// What the payments service calls when money moves: given to it by whoever
// delivers payment events (the webhook route, reconciliation), so payments
// never imports bookings.
import type { BookingHandlers } from "@/lib/services/payments";
import { loadBookingSnapshot, type BookingSnapshot } from "./booking-snapshot";
import { confirmBookingPayment, markBookingRefunded } from "./confirm-booking";
import { expireBooking } from "./expire-booking";

export const bookingPaymentHandlers: BookingHandlers<BookingSnapshot> = {
  load: loadBookingSnapshot,
  paid: confirmBookingPayment,
  async unpaid(tx, snapshot, reason) {
    // The checkout is already closed at the provider: nothing to close after the commit.
    await expireBooking(tx, snapshot, reason);
  },
  refunded: markBookingRefunded,
};
