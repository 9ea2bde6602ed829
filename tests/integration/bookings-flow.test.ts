// The booking flow through the route handlers on PostgreSQL: booking with an
// Idempotency-Key, reading one's own bookings, cancellation under the policy.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { GET as list } from "@/app/api/booking/route";
import { GET as getOne } from "@/app/api/booking/[id]/route";
import { POST as cancel } from "@/app/api/booking/[id]/cancel/route";
import { POST as hold } from "@/app/api/seats/hold/route";
import { db } from "@/lib/db";
import { sweepExpiredBookings } from "@/lib/services/bookings";
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

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 5, cols: 10, types: { E1: "PREMIUM", E2: "PREMIUM" } });
});
const seatId = (label: string) => hall.seats.find((s) => s.label === label)!.id;

async function bookAs(user: TestUser, body: object, key = `key-${Math.random().toString(36).slice(2)}`) {
  return callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(user, { "idempotency-key": key }),
    body,
  });
}

async function pay(bookingId: string) {
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId } });
  const response = await deliver(
    stripeEvent(
      "checkout.session.completed",
      sessionFor(
        { id: bookingId, amountCents: payment.amountCents, currency: payment.currency },
        payment.checkoutSessionId!,
      ),
    ),
  );
  assert.equal(response.status, 200);
}

test("booking seats in one step answers pending_payment, the total and a checkout URL", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const response = await bookAs(user, { showtimeId: showtime.id, seatIds: [seatId("E1"), seatId("E2"), seatId("E3")] });
  assert.equal(response.status, 201);
  const { booking, checkoutUrl } = await response.json();
  assert.equal(booking.status, "pending_payment");
  assert.equal(booking.amountCents, 1250 * 2 + 1000, "two premium and one standard");
  assert.equal(booking.currency, "GBP");
  assert.match(booking.reference, /^[A-HJ-NP-Z2-9]{8}$/);
  assert.ok(Date.parse(booking.expiresAt) > Date.now());
  assert.match(checkoutUrl, /\/pay\/test\/cs_test_/);
});

test("the same Idempotency-Key and body answer the same booking; another body is 409", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const body = { showtimeId: showtime.id, seatIds: [seatId("B4"), seatId("B5")] };
  const [first, second] = await Promise.all([bookAs(user, body, "same-key-123"), bookAs(user, body, "same-key-123")]);
  assert.deepEqual([first.status, second.status], [201, 201]);
  const [a, b] = [await first.json(), await second.json()];
  assert.equal(a.booking.id, b.booking.id);
  assert.equal(a.checkoutUrl, b.checkoutUrl);
  assert.equal(await db.booking.count({ where: { userId: user.id } }), 1);
  const other = await bookAs(user, { showtimeId: showtime.id, seatIds: [seatId("C1")] }, "same-key-123");
  assert.equal(other.status, 409);
  assert.equal((await other.json()).code, "idempotency_conflict");
  const missing = await callRoute(book, { url: "/api/booking/book", headers: await authHeaders(user), body });
  assert.equal(missing.status, 400);
});

test("booking from a hold, then paying confirms it with a ticket per seat", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const held = await (
    await callRoute(hold, {
      url: "/api/seats/hold",
      headers: await authHeaders(user),
      body: { showtimeId: showtime.id, seatIds: [seatId("D5"), seatId("D6")] },
    })
  ).json();
  const { booking } = await (await bookAs(user, { holdId: held.holdId })).json();
  await pay(booking.id);
  const detail = await (
    await callRoute(getOne, {
      url: `/api/booking/${booking.id}`,
      headers: await authHeaders(user),
      params: { id: booking.id },
    })
  ).json();
  assert.equal(detail.booking.status, "confirmed");
  assert.deepEqual(detail.booking.tickets.map((t: { seatLabel: string }) => t.seatLabel).sort(), ["D5", "D6"]);
  assert.ok(detail.booking.tickets.every((t: { code: string }) => /^tk_[a-z2-7]{26}$/.test(t.code)));
  assert.equal(detail.booking.payment.provider, "test");
  assert.equal(detail.booking.payment.status, "paid");
  const sold = await db.showtimeSeat.findMany({ where: { showtimeId: showtime.id, status: "SOLD" } });
  assert.equal(sold.length, 2);
  const mail = await db.outboxMessage.findUnique({ where: { dedupeKey: `booking-confirmed:${booking.id}` } });
  assert.ok(mail, "the confirmation e-mail is queued with the confirmation");
});

test("someone else's booking is 404, and lists show only one's own", async () => {
  const showtime = await makeShowtime(hall);
  const [owner, other] = [await makeUser(), await makeUser()];
  const { booking } = await (await bookAs(owner, { showtimeId: showtime.id, seatIds: [seatId("A1")] })).json();
  const peek = await callRoute(getOne, {
    url: `/api/booking/${booking.id}`,
    headers: await authHeaders(other),
    params: { id: booking.id },
  });
  assert.equal(peek.status, 404);
  const theirs = await (await callRoute(list, { url: "/api/booking", headers: await authHeaders(other) })).json();
  assert.equal(theirs.items.length, 0);
  const mine = await (await callRoute(list, { url: "/api/booking", headers: await authHeaders(owner) })).json();
  assert.equal(mine.items[0].id, booking.id);
});

test("a booking not paid in time expires and its seats go back on sale", async () => {
  const showtime = await makeShowtime(hall);
  const user = await makeUser();
  const { booking } = await (
    await bookAs(user, { showtimeId: showtime.id, seatIds: [seatId("C7"), seatId("C8")] })
  ).json();
  await db.booking.update({ where: { id: booking.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  assert.ok((await sweepExpiredBookings()) >= 1);
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "EXPIRED");
  const seats = await db.showtimeSeat.findMany({
    where: { showtimeId: showtime.id, seatId: { in: [seatId("C7"), seatId("C8")] } },
  });
  assert.ok(seats.every((s) => s.status === "AVAILABLE"));
});

test("cancelling up to the cutoff refunds in full; after it, 409 with the reason", async () => {
  const user = await makeUser();
  const early = await makeShowtime(hall, { startsInMinutes: 60 * 24 * 30 });
  const { booking } = await (await bookAs(user, { showtimeId: early.id, seatIds: [seatId("A5")] })).json();
  await pay(booking.id);
  const response = await callRoute(cancel, {
    url: `/api/booking/${booking.id}/cancel`,
    headers: await authHeaders(user),
    params: { id: booking.id },
  });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.booking.status, "cancelled");
  assert.equal(body.refundCents, 1000);
  assert.equal((await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } })).amountRefundedCents, 1000);
  assert.equal(
    (await db.showtimeSeat.findFirstOrThrow({ where: { showtimeId: early.id, seatId: seatId("A5") } })).status,
    "AVAILABLE",
  );

  const soon = await makeShowtime(hall, { startsInMinutes: 60 });
  const late = await (await bookAs(user, { showtimeId: soon.id, seatIds: [seatId("A6")] })).json();
  await pay(late.booking.id);
  const refused = await callRoute(cancel, {
    url: `/api/booking/${late.booking.id}/cancel`,
    headers: await authHeaders(user),
    params: { id: late.booking.id },
  });
  assert.equal(refused.status, 409);
  const problem = await refused.json();
  assert.equal(problem.code, "cancellation_not_allowed");
  assert.match(problem.detail, /2 hours before the show/);
});
