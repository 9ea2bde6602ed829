// Bookings made as a moviegoer makes them (the booking route) and paid as the
// payment provider reports it (a signed checkout.session.completed through
// the webhook route), for tests that need real, paid bookings.
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { db } from "@/lib/db";
import { authHeaders, callRoute, makeUser, type TestUser } from "./fixtures";
import { deliver, sessionFor, stripeEvent } from "./webhooks";

export interface MadeBooking {
  id: string;
  reference: string;
  amountCents: number;
  currency: string;
  user: TestUser;
}

/** A booking of these seats, waiting for payment. */
export async function bookSeats(showtimeId: string, seatIds: string[], user?: TestUser): Promise<MadeBooking> {
  const buyer = user ?? (await makeUser());
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(buyer, { "idempotency-key": `paid-${showtimeId}-${seatIds.join("-")}` }),
    body: { showtimeId, seatIds },
  });
  assert.equal(response.status, 201, await response.clone().text());
  const { booking } = await response.json();
  return { ...booking, user: buyer };
}

/** The provider says the booking's checkout was paid. */
export async function pay(booking: { id: string }): Promise<void> {
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  const response = await deliver(
    stripeEvent(
      "checkout.session.completed",
      sessionFor(
        { id: booking.id, amountCents: payment.amountCents, currency: payment.currency },
        payment.checkoutSessionId!,
      ),
    ),
  );
  assert.equal(response.status, 200);
}

export async function paidBooking(showtimeId: string, seatIds: string[], user?: TestUser): Promise<MadeBooking> {
  const booking = await bookSeats(showtimeId, seatIds, user);
  await pay(booking);
  return booking;
}
