// A signed event must be about the payment we created: its checkout session,
// amount and currency. One that is not is recorded as refused (answered 200,
// so Stripe stops retrying), logged as a security event, and changes nothing.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser, type TestHall } from "../helpers/fixtures";
import { deliver, sessionFor, stripeEvent } from "../helpers/webhooks";

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 2, cols: 10 });
});

async function pendingBooking(seat: number) {
  const showtime = await makeShowtime(hall);
  const response = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(await makeUser(), { "idempotency-key": `forged-${showtime.id}` }),
    body: { showtimeId: showtime.id, seatIds: [hall.seats[seat].id] },
  });
  const { booking } = await response.json();
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  return { booking, payment, showtime };
}

/** Delivers `event` and expects it refused: 200, recorded as refused_mismatch, logged as a security event. */
async function expectRefused(event: ReturnType<typeof stripeEvent>, t: { mock: typeof import("node:test").mock }) {
  const warn = t.mock.method(logger, "warn");
  const response = await deliver(event);
  assert.equal(response.status, 200);
  assert.equal((await response.json()).outcome, "refused_mismatch");
  assert.equal((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).outcome, "refused_mismatch");
  const logged = warn.mock.calls.map((call) => call.arguments[0] as { event?: string; kind?: string });
  assert.ok(logged.some((entry) => entry.event === "security" && entry.kind === "webhook_mismatch"));
  warn.mock.restore();
}

test("a signed completion naming only the booking id is refused and confirms nothing", async (t) => {
  const { booking, showtime } = await pendingBooking(0);
  const forged = stripeEvent("checkout.session.completed", {
    id: "cs_someone_elses_session",
    object: "checkout.session",
    metadata: { bookingId: booking.id },
    payment_status: "paid",
    payment_intent: "pi_forged",
  });
  await expectRefused(forged, t);
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "PENDING_PAYMENT");
  assert.equal((await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } })).status, "PENDING");
  assert.equal(await db.ticket.count({ where: { bookingId: booking.id } }), 0);
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: showtime.id, status: "SOLD" } }), 0);
});

test("our session with another amount or currency is refused too", async (t) => {
  const { booking, payment } = await pendingBooking(1);
  await expectRefused(
    stripeEvent("checkout.session.completed", sessionFor({ ...booking, amountCents: 1 }, payment.checkoutSessionId!)),
    t,
  );
  await expectRefused(
    stripeEvent("checkout.session.completed", sessionFor({ ...booking, currency: "JPY" }, payment.checkoutSessionId!)),
    t,
  );
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "PENDING_PAYMENT");
  // The real event still confirms it.
  await deliver(stripeEvent("checkout.session.completed", sessionFor(booking, payment.checkoutSessionId!)));
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "CONFIRMED");
});

test("an expiry for another session does not end the booking", async (t) => {
  const { booking } = await pendingBooking(2);
  await expectRefused(
    stripeEvent("checkout.session.expired", sessionFor(booking, "cs_not_ours", { payment_status: "unpaid" })),
    t,
  );
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "PENDING_PAYMENT");
});

test("a refund event for another payment intent does not refund the booking", async (t) => {
  const { booking, payment } = await pendingBooking(3);
  await deliver(stripeEvent("checkout.session.completed", sessionFor(booking, payment.checkoutSessionId!)));
  await expectRefused(
    stripeEvent("charge.refunded", {
      id: "ch_forged",
      object: "charge",
      amount: booking.amountCents,
      amount_refunded: booking.amountCents,
      payment_intent: "pi_someone_else",
      metadata: { bookingId: booking.id },
    }),
    t,
  );
  assert.equal((await db.booking.findUniqueOrThrow({ where: { id: booking.id } })).status, "CONFIRMED");
});

test("a bad signature is logged as a security event", async (t) => {
  const warn = t.mock.method(logger, "warn");
  const response = await deliver(stripeEvent("checkout.session.completed", { id: "cs_x" }), { secret: "whsec_wrong" });
  assert.equal(response.status, 400);
  const logged = warn.mock.calls.map((call) => call.arguments[0] as { event?: string; kind?: string });
  assert.ok(logged.some((entry) => entry.event === "security" && entry.kind === "webhook_bad_signature"));
});
