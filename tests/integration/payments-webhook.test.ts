// The signed webhook: bad signatures change nothing, each event id counts
// once, events may come late, twice or out of order.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { db } from "@/lib/db";
import { sweepExpiredBookings } from "@/lib/services/bookings";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser, type TestHall } from "../helpers/fixtures";
import { deliver, sessionFor, stripeEvent } from "../helpers/webhooks";

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 4, cols: 8 });
});
const seatId = (label: string) => hall.seats.find((s) => s.label === label)!.id;

async function pendingBooking(labels: string[]) {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(user, { "idempotency-key": `k-${Math.random()}` }),
    body: { showtimeId: showtime.id, seatIds: labels.map(seatId) },
  });
  assert.equal(response.status, 201);
  const { booking } = await response.json();
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  return { booking, showtime, user, sessionId: payment.checkoutSessionId! };
}

const bookingStatus = async (id: string) => (await db.booking.findUniqueOrThrow({ where: { id } })).status;

test("a bad or missing signature is 400 invalid_signature and changes nothing", async () => {
  const { booking, sessionId } = await pendingBooking(["A1"]);
  const event = stripeEvent("checkout.session.completed", sessionFor(booking, sessionId));
  for (const response of [
    await deliver(event, { secret: "whsec_wrong" }),
    await deliver(event, { signature: null }),
    await deliver(event, { signature: "t=1,v1=abc" }),
  ]) {
    assert.equal(response.status, 400);
    assert.equal((await response.json()).code, "invalid_signature");
  }
  assert.equal(await bookingStatus(booking.id), "PENDING_PAYMENT");
  assert.equal(await db.webhookEvent.count({ where: { id: event.id } }), 0);
});

test("five deliveries of one event, at once: confirmed once, one set of tickets, one e-mail", async () => {
  const { booking, sessionId } = await pendingBooking(["B1", "B2"]);
  const event = stripeEvent("checkout.session.completed", sessionFor(booking, sessionId));
  const responses = await Promise.all(Array.from({ length: 5 }, () => deliver(event)));
  assert.deepEqual(
    responses.map((r) => r.status),
    [200, 200, 200, 200, 200],
  );
  const outcomes = await Promise.all(responses.map(async (r) => (await r.json()).outcome));
  assert.equal(outcomes.filter((o) => o === "processed").length, 1);
  assert.equal(outcomes.filter((o) => o === "duplicate").length, 4);
  assert.equal(await bookingStatus(booking.id), "CONFIRMED");
  assert.equal(await db.ticket.count({ where: { bookingId: booking.id } }), 2);
  assert.equal(await db.outboxMessage.count({ where: { dedupeKey: `booking-confirmed:${booking.id}` } }), 1);
  assert.equal(await db.webhookEvent.count({ where: { id: event.id } }), 1);
});

test("an expiry arriving after the confirmation changes nothing", async () => {
  const { booking, sessionId, showtime } = await pendingBooking(["C1"]);
  await deliver(stripeEvent("checkout.session.completed", sessionFor(booking, sessionId)));
  const late = await deliver(
    stripeEvent(
      "checkout.session.expired",
      sessionFor(booking, sessionId, { status: "expired", payment_status: "unpaid" }),
    ),
  );
  assert.equal(late.status, 200);
  assert.equal(await bookingStatus(booking.id), "CONFIRMED");
  assert.equal(
    (await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id, seatId: seatId("C1") } })).status,
    "SOLD",
  );
  assert.equal((await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } })).status, "PAID");
});

test("an expired checkout releases the seats", async () => {
  const { booking, sessionId, showtime } = await pendingBooking(["C3", "C4"]);
  await deliver(
    stripeEvent(
      "checkout.session.expired",
      sessionFor(booking, sessionId, { status: "expired", payment_status: "unpaid", payment_intent: null }),
    ),
  );
  assert.equal(await bookingStatus(booking.id), "EXPIRED");
  const seats = await db.showtimeSeat.findMany({
    where: { showtimeId: showtime.id, seatId: { in: [seatId("C3"), seatId("C4")] } },
  });
  assert.ok(seats.every((s) => s.status === "AVAILABLE"));
});

test("a payment after the hold ran out is honoured when the seats are still free", async () => {
  const { booking, sessionId } = await pendingBooking(["D1"]);
  await db.booking.update({ where: { id: booking.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await sweepExpiredBookings();
  assert.equal(await bookingStatus(booking.id), "EXPIRED");
  await deliver(stripeEvent("checkout.session.completed", sessionFor(booking, sessionId)));
  assert.equal(await bookingStatus(booking.id), "CONFIRMED");
  assert.equal(await db.ticket.count({ where: { bookingId: booking.id } }), 1);
});

test("a payment after its seats were sold to someone else is refunded automatically", async () => {
  const first = await pendingBooking(["D3"]);
  await db.booking.update({ where: { id: first.booking.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await sweepExpiredBookings();
  // Someone else books and pays for the same seat.
  const rival = await makeUser();
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(rival, { "idempotency-key": "rival-key-1" }),
    body: { showtimeId: first.showtime.id, seatIds: [seatId("D3")] },
  });
  const { booking: rivalBooking } = await response.json();
  const rivalSession = (await db.payment.findUniqueOrThrow({ where: { bookingId: rivalBooking.id } }))
    .checkoutSessionId!;
  await deliver(stripeEvent("checkout.session.completed", sessionFor(rivalBooking, rivalSession)));
  // Now the first buyer's money arrives.
  const late = await deliver(stripeEvent("checkout.session.completed", sessionFor(first.booking, first.sessionId)));
  assert.equal(late.status, 200);
  assert.equal(await bookingStatus(first.booking.id), "EXPIRED");
  const payment = await db.payment.findUniqueOrThrow({
    where: { bookingId: first.booking.id },
    include: { refunds: true },
  });
  assert.equal(payment.status, "REFUNDED");
  assert.equal(payment.amountRefundedCents, payment.amountCents);
  assert.equal(payment.refunds.length, 1);
  assert.equal(await bookingStatus(rivalBooking.id), "CONFIRMED");
  assert.equal(
    await db.ticket.count({ where: { showtimeId: first.showtime.id, seatId: seatId("D3"), voidedAt: null } }),
    1,
    "one valid ticket for the seat",
  );
});

test("charge.refunded marks the payment and the booking refunded, forward only", async () => {
  const { booking, sessionId, showtime } = await pendingBooking(["A7"]);
  const session = sessionFor(booking, sessionId);
  await deliver(stripeEvent("checkout.session.completed", session));
  const charge = {
    id: "ch_1",
    object: "charge",
    amount: 1000,
    amount_refunded: 1000,
    payment_intent: session.payment_intent,
    metadata: {},
  };
  await deliver(stripeEvent("charge.refunded", charge));
  assert.equal(await bookingStatus(booking.id), "REFUNDED");
  // An older, smaller refund event arriving late does not lower the total.
  await deliver(stripeEvent("charge.refunded", { ...charge, amount_refunded: 400 }));
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  assert.equal(payment.amountRefundedCents, 1000);
  assert.equal(payment.status, "REFUNDED");
  assert.equal(
    (await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: showtime.id, seatId: seatId("A7") } })).status,
    "AVAILABLE",
  );
});

test("an unknown event type is acknowledged and ignored; unpaid completions wait", async () => {
  const response = await deliver(stripeEvent("customer.created", { id: "cus_1", object: "customer" }));
  assert.equal(response.status, 200);
  assert.equal((await response.json()).outcome, "ignored");
  const { booking, sessionId } = await pendingBooking(["B7"]);
  await deliver(
    stripeEvent("checkout.session.completed", sessionFor(booking, sessionId, { payment_status: "unpaid" })),
  );
  assert.equal(await bookingStatus(booking.id), "PENDING_PAYMENT");
  await deliver(stripeEvent("checkout.session.async_payment_succeeded", sessionFor(booking, sessionId)));
  assert.equal(await bookingStatus(booking.id), "CONFIRMED");
});

test("a failed delayed payment ends the booking and tells the customer", async () => {
  const { booking, sessionId } = await pendingBooking(["B8"]);
  await deliver(
    stripeEvent("checkout.session.async_payment_failed", sessionFor(booking, sessionId, { payment_status: "unpaid" })),
  );
  assert.equal(await bookingStatus(booking.id), "EXPIRED");
  assert.equal((await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } })).status, "FAILED");
  const message = await db.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `booking-expired:${booking.id}` } });
  assert.equal(message.template, "payment-failed");
});
