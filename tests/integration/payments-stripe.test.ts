// With STRIPE_SECRET_KEY set, checkout and refunds go through the real
// `stripe` SDK; here it talks to a local server that speaks Stripe's API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startFakeStripe, type FakeStripe } from "../helpers/fake-stripe-server";

let stripe: FakeStripe;
// Loaded after the environment is set: configuration is read once, at import.
let modules: {
  book: typeof import("@/app/api/booking/book/route");
  fixtures: typeof import("../helpers/fixtures");
  webhooks: typeof import("../helpers/webhooks");
  payments: typeof import("@/lib/services/payments");
  bookings: typeof import("@/lib/services/bookings");
  db: typeof import("@/lib/db");
};

before(async () => {
  stripe = await startFakeStripe();
  process.env.STRIPE_SECRET_KEY = "sk_test_fake";
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_fake_stripe_endpoint";
  process.env.STRIPE_API_BASE = stripe.url;
  process.env.APP_URL = "https://cinema.example";
  modules = {
    book: await import("@/app/api/booking/book/route"),
    fixtures: await import("../helpers/fixtures"),
    webhooks: await import("../helpers/webhooks"),
    payments: await import("@/lib/services/payments"),
    bookings: await import("@/lib/services/bookings"),
    db: await import("@/lib/db"),
  };
});
after(async () => {
  // Later files share the database and run sweepers: leave them no checkout that would call the real Stripe.
  const { db } = modules.db;
  const stripeBookings = (await db.payment.findMany({ where: { provider: "STRIPE" } })).map((p) => p.bookingId);
  await db.payment.updateMany({ where: { provider: "STRIPE", status: "PENDING" }, data: { status: "EXPIRED" } });
  await db.booking.updateMany({
    where: { id: { in: stripeBookings }, status: "PENDING_PAYMENT" },
    data: { status: "EXPIRED" },
  });
  await stripe.close();
});

async function bookTwoSeats(key = `stripe-${Math.random()}`) {
  const { fixtures, book } = modules;
  const hall = await fixtures.makeCinemaWithHall({ rows: 3, cols: 6, types: { A1: "PREMIUM" }, currency: "EUR" });
  const showtime = await fixtures.makeShowtime(hall);
  const user = await fixtures.makeUser();
  const seatIds = ["A1", "A2", "A3"].map((label) => hall.seats.find((s) => s.label === label)!.id);
  const response = await fixtures.callRoute(book.POST, {
    url: "/api/booking/book",
    headers: await fixtures.authHeaders(user, { "idempotency-key": key }),
    body: { showtimeId: showtime.id, seatIds },
  });
  return { response, user, showtime, hall };
}

test("a booking's checkout is a Stripe Checkout Session with the right fields and an idempotency key", async () => {
  const before = stripe.requests.length;
  const { response, user } = await bookTwoSeats();
  assert.equal(response.status, 201);
  const { booking, checkoutUrl } = await response.json();
  assert.match(checkoutUrl, /^https:\/\/checkout\.stripe\.test\//);
  const created = stripe.requests.slice(before).filter((r) => r.path === "/v1/checkout/sessions");
  assert.equal(created.length, 1);
  const { form, headers } = created[0];
  assert.equal(headers["idempotency-key"], `checkout-${booking.id}`);
  assert.equal(form.get("mode"), "payment");
  assert.equal(form.get("client_reference_id"), booking.id);
  assert.equal(form.get("metadata[bookingId]"), booking.id);
  assert.equal(form.get("customer_email"), user.email);
  assert.equal(form.get("line_items[0][price_data][currency]"), "eur");
  const items = [0, 1].map((i) => ({
    quantity: Number(form.get(`line_items[${i}][quantity]`)),
    amount: Number(form.get(`line_items[${i}][price_data][unit_amount]`)),
    type: form.get(`line_items[${i}][price_data][product_data][metadata][seatType]`),
  }));
  assert.deepEqual(
    items.sort((a, b) => a.amount - b.amount),
    [
      { quantity: 2, amount: 1000, type: "STANDARD" },
      { quantity: 1, amount: 1250, type: "PREMIUM" },
    ],
  );
  assert.equal(form.get("success_url"), `https://cinema.example/bookings/${booking.id}?checkout=success`);
  assert.equal(form.get("cancel_url"), `https://cinema.example/bookings/${booking.id}?checkout=cancelled`);
  const expiresAt = Number(form.get("expires_at"));
  assert.ok(expiresAt * 1000 - Date.now() >= 30 * 60_000, "Stripe needs at least 30 minutes");
});

test("a retried booking request makes no second session", async () => {
  const first = await bookTwoSeats("same-stripe-key");
  const sessionsBefore = stripe.requests.filter((r) => r.path === "/v1/checkout/sessions").length;
  const { fixtures, book } = modules;
  const body = await first.response.json();
  const again = await fixtures.callRoute(book.POST, {
    url: "/api/booking/book",
    headers: await fixtures.authHeaders(first.user, { "idempotency-key": "same-stripe-key" }),
    body: {
      showtimeId: first.showtime.id,
      seatIds: ["A1", "A2", "A3"].map((l) => first.hall.seats.find((s) => s.label === l)!.id),
    },
  });
  assert.equal((await again.json()).checkoutUrl, body.checkoutUrl);
  assert.equal(stripe.requests.filter((r) => r.path === "/v1/checkout/sessions").length, sessionsBefore);
});

test("refunds and expiries go through Stripe's API with idempotency keys", async () => {
  const { response } = await bookTwoSeats();
  const { booking } = await response.json();
  const { db } = modules.db;
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  await modules.webhooks.deliver(
    modules.webhooks.stripeEvent(
      "checkout.session.completed",
      modules.webhooks.sessionFor(booking, payment.checkoutSessionId!, { payment_intent: "pi_fake_42" }),
    ),
  );
  const before = stripe.requests.length;
  const { queueRefund, sendRefund } = modules.payments;
  const refund = await db.$transaction((tx) =>
    queueRefund(tx, { bookingId: booking.id, amountCents: 1000, reason: "test", key: "one-ticket" }),
  );
  // Asking again with the same key is the same refund.
  const again = await db.$transaction((tx) =>
    queueRefund(tx, { bookingId: booking.id, amountCents: 1000, reason: "test", key: "one-ticket" }),
  );
  assert.equal(again.id, refund.id);
  assert.equal(await sendRefund(refund.id), "succeeded");
  // A worker that died after Stripe answered but before recording it: the refund is sent again, with the same key.
  await db.refund.update({ where: { id: refund.id }, data: { status: "pending", lockedAt: null } });
  assert.equal(await sendRefund(refund.id), "succeeded");
  const refunds = stripe.requests.slice(before).filter((r) => r.path === "/v1/refunds");
  assert.equal(refunds.length, 2, "the retry is sent with the same key");
  assert.equal(refunds[0].headers["idempotency-key"], `refund-${booking.id}-one-ticket`);
  assert.equal(refunds[1].headers["idempotency-key"], refunds[0].headers["idempotency-key"]);
  assert.equal(refunds[0].form.get("payment_intent"), "pi_fake_42");
  assert.equal(refunds[0].form.get("amount"), "1000");
  const after = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id }, include: { refunds: true } });
  assert.equal(after.amountRefundedCents, 1000, "recorded once");
  assert.equal(after.status, "PARTIALLY_REFUNDED");
  assert.equal(after.refunds.length, 1);
  assert.equal(after.refunds[0].status, "succeeded");
});

test("when a hold runs out first, its Stripe session is expired through the API", async () => {
  const { response } = await bookTwoSeats();
  const { booking } = await response.json();
  const { db } = modules.db;
  await db.booking.update({ where: { id: booking.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const before = stripe.requests.length;
  await modules.bookings.sweepExpiredBookings();
  const expire = stripe.requests.slice(before).find((r) => r.path.endsWith("/expire"));
  assert.ok(expire, "POST /v1/checkout/sessions/{id}/expire was called");
  const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
  assert.equal(stripe.sessions.get(payment.checkoutSessionId!)?.status, "expired");
});
