// Answers of holds, bookings and the payment webhook.
import type { DescribedOperations } from "../described-operation";
import { answer, header, int, items, obj, ref, str } from "../shapes";

export const BOOKINGS: DescribedOperations = {
  "POST /api/seats/hold": {
    summary: "Hold seats of one showtime, all or none, for HOLD_MINUTES",
    answers: { "201": answer("Held until expiresAt", ref("Hold")) },
    refusals: {
      "409":
        "seats_unavailable (with the `seatIds` that were taken), showtime_not_on_sale, orphan_seat, seat_rules (couple or companion rule), too_many_seats",
      "503": "sales_closed: no payment provider is configured, so nothing can be bought",
    },
    rateLimited: true,
  },
  "DELETE /api/seats/hold/:holdId": {
    summary: "Release a hold; its seats are free again at once",
    answers: { "204": answer("Released") },
  },
  "POST /api/booking/book": {
    summary: "Book held seats (holdId) or seats directly (showtimeId, seatIds) and get the checkout URL",
    description:
      "Needs an Idempotency-Key: the same key and body again give the same answer; the same key with another body is 409 idempotency_conflict. Pay at checkoutUrl before booking.expiresAt, when the seats are released.",
    headers: [header("Idempotency-Key", "A unique value per booking attempt, 8 to 200 characters")],
    answers: {
      "201": answer(
        "Booking pending payment",
        obj({ booking: ref("Booking"), checkoutUrl: { type: "string", format: "uri" } }),
      ),
    },
    refusals: {
      "409":
        "idempotency_conflict, hold_expired, seats_unavailable, showtime_not_on_sale, conflict (the hold is booked)",
      "503": "sales_closed: no payment provider is configured",
    },
    rateLimited: true,
  },
  "GET /api/booking": {
    summary: "The caller's own bookings, newest first",
    answers: { "200": answer("Bookings", items(ref("Booking"))) },
  },
  "GET /api/booking/:id": {
    summary: "One of the caller's bookings with its tickets and payment",
    description: "Someone else's booking is 404, as an unknown one.",
    answers: { "200": answer("The booking", obj({ booking: ref("Booking") })) },
  },
  "POST /api/booking/:id/cancel": {
    summary: "Cancel under the cancellation policy, refunding a paid booking",
    answers: {
      "200": answer(
        "Cancelled",
        obj({ booking: ref("Booking"), refundCents: { ...int, description: "What goes back to the card" } }),
      ),
    },
    refusals: { "409": "cancellation_not_allowed, with the reason" },
  },
  "POST /api/payments/webhook": {
    summary: "Stripe's signed events (and the built-in test provider's); each event id counts once",
    description:
      "Handles checkout.session.completed, checkout.session.async_payment_succeeded, checkout.session.async_payment_failed, checkout.session.expired and charge.refunded. A refused or unknown event is recorded and answered 200 too, so that Stripe does not send it again.",
    headers: [header("Stripe-Signature", "Stripe's signature over the exact body")],
    requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
    answers: {
      "200": answer(
        "Received",
        obj({
          received: { const: true },
          outcome: { ...str, description: "What became of it, e.g. duplicate or ignored" },
        }),
      ),
    },
    refusals: { "400": "invalid_signature: a missing or bad signature; nothing changes" },
  },
};
