// Every transaction of bookings and payments reads and writes through its own
// transaction only. With a pool of ONE connection, a single read through the
// global client inside a transaction would wait forever for a connection
// the transaction itself holds: each path below would hang, not pass.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { POST as cancel } from "@/app/api/booking/[id]/cancel/route";
import { POST as refund } from "@/app/api/admin/bookings/[id]/refund/route";
import { POST as cancelShowtime } from "@/app/api/admin/showtimes/[id]/cancel/route";
import { db } from "@/lib/db";
import { bookingPaymentHandlers, runDueJobs, sweepExpiredBookings } from "@/lib/services/bookings";
import { reconcileStaleCheckouts } from "@/lib/services/payments";
import {
  authHeaders,
  callRoute,
  makeCinemaWithHall,
  makeShowtime,
  makeUser,
  type TestHall,
  type TestUser,
} from "../helpers/fixtures";
import { deliver, sessionFor, stripeEvent } from "../helpers/webhooks";

// Read by lib/db.ts when the first query creates the pool.
process.env.DB_POOL_SIZE = "1";
// A path that reads through the global client inside a transaction hangs: fail in seconds, not minutes.
const timeout = 20_000;

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 4, cols: 10 });
});

async function paidBooking(user: TestUser, showtimeId: string, seats: number[]) {
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(user, { "idempotency-key": `one-${showtimeId}-${seats.join("-")}` }),
    body: { showtimeId, seatIds: seats.map((i) => hall.seats[i].id) },
  });
  assert.equal(response.status, 201);
  const { booking } = await response.json();
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  const paid = await deliver(
    stripeEvent("checkout.session.completed", sessionFor(booking, payment.checkoutSessionId!)),
  );
  assert.equal((await paid.json()).outcome, "processed");
  return { booking, payment };
}

const status = async (id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;

test("booking, paying, cancelling and a staff refund, on one connection", { timeout }, async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const staff = await makeUser({ role: "STAFF" });
  const first = await paidBooking(user, showtime.id, [0, 1]);
  assert.equal(await status(first.booking.id), "CONFIRMED");
  const cancelled = await callRoute(cancel, {
    url: `/api/booking/${first.booking.id}/cancel`,
    headers: await authHeaders(user),
    params: { id: first.booking.id },
  });
  assert.equal(cancelled.status, 200);
  assert.equal(await status(first.booking.id), "CANCELLED");

  const second = await paidBooking(user, showtime.id, [2]);
  const refunded = await callRoute(refund, {
    url: `/api/admin/bookings/${second.booking.id}/refund`,
    headers: await authHeaders(staff),
    params: { id: second.booking.id },
    body: {},
  });
  assert.equal(refunded.status, 200);
  assert.equal(await status(second.booking.id), "REFUNDED");
  const charge = {
    id: `ch_${second.booking.id}`,
    object: "charge",
    amount: second.payment.amountCents,
    amount_refunded: second.payment.amountCents,
    payment_intent: (await db.payment.findUniqueOrThrow({ where: { id: second.payment.id } })).paymentIntentId,
    metadata: { bookingId: second.booking.id },
  };
  assert.equal((await deliver(stripeEvent("charge.refunded", charge))).status, 200);
});

test(
  "expiry by the sweeper, by the checkout's event and by reconciliation, on one connection",
  { timeout },
  async () => {
    const showtime = await makeShowtime(hall);
    const user = await makeUser();
    const ids = [];
    for (const seat of [10, 11, 12]) {
      const response = await callRoute(book, {
        url: "/api/booking/book",
        headers: await authHeaders(user, { "idempotency-key": `one-expire-${showtime.id}-${seat}` }),
        body: { showtimeId: showtime.id, seatIds: [hall.seats[seat].id] },
      });
      ids.push((await response.json()).booking);
    }
    await db.booking.update({ where: { id: ids[0].id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    assert.ok((await sweepExpiredBookings()) >= 1);
    assert.equal(await status(ids[0].id), "EXPIRED");

    const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: ids[1].id } });
    await deliver(
      stripeEvent(
        "checkout.session.expired",
        sessionFor(ids[1], payment.checkoutSessionId!, { status: "expired", payment_status: "unpaid" }),
      ),
    );
    assert.equal(await status(ids[1].id), "EXPIRED");

    await db.payment.update({
      where: { bookingId: ids[2].id },
      data: { expiresAt: new Date(Date.now() - 10 * 60_000) },
    });
    await reconcileStaleCheckouts(bookingPaymentHandlers);
    assert.equal(await status(ids[2].id), "EXPIRED");
  },
);

test("cancelling a showtime, as a job, on one connection", { timeout }, async () => {
  const showtime = await makeShowtime(hall);
  const staff = await makeUser({ role: "STAFF" });
  const paid = await paidBooking(await makeUser(), showtime.id, [20]);
  const response = await callRoute(cancelShowtime, {
    url: `/api/admin/showtimes/${showtime.id}/cancel`,
    headers: await authHeaders(staff),
    params: { id: showtime.id },
    method: "POST",
  });
  assert.equal(response.status, 202);
  while ((await runDueJobs()) > 0);
  assert.equal(await status(paid.booking.id), "REFUNDED");
});
