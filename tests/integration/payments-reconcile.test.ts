// When a webhook never comes, reconciliation asks the provider and settles
// the checkout as the event would have.
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { db } from "@/lib/db";
import { bookingPaymentHandlers } from "@/lib/services/bookings";
import { reconcileStaleCheckouts } from "@/lib/services/payments";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser } from "../helpers/fixtures";

async function staleBooking() {
  const hall = await makeCinemaWithHall({ rows: 2, cols: 4 });
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(user, { "idempotency-key": `rec-${Math.random()}` }),
    body: { showtimeId: showtime.id, seatIds: [hall.seats[0].id] },
  });
  const { booking } = await response.json();
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  // The checkout should have ended ten minutes ago, and no webhook came.
  await db.payment.update({ where: { id: payment.id }, data: { expiresAt: new Date(Date.now() - 10 * 60_000) } });
  return { booking, sessionId: payment.checkoutSessionId! };
}

test("a paid checkout whose webhook was lost is confirmed; an abandoned one is expired", async () => {
  const paid = await staleBooking();
  await db.testCheckoutSession.update({
    where: { id: paid.sessionId },
    data: { status: "complete", paymentStatus: "paid", paymentIntentId: "pi_test_reconciled" },
  });
  const abandoned = await staleBooking();
  assert.ok((await reconcileStaleCheckouts(bookingPaymentHandlers)) >= 2);
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: paid.booking.id } })).status, "CONFIRMED");
  assert.equal(
    (await db.payment.findUniqueOrThrow({ where: { bookingId: paid.booking.id } })).paymentIntentId,
    "pi_test_reconciled",
  );
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: abandoned.booking.id } })).status, "EXPIRED");
  // Running it again changes nothing.
  await reconcileStaleCheckouts(bookingPaymentHandlers);
  assert.equal(await db.ticket.count({ where: { bookingId: paid.booking.id } }), 1);
});
