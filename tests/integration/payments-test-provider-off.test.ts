// The built-in test provider's pay page works only while the test provider is
// the active one: a test checkout left over from before Stripe keys were set
// can no longer be paid (nor shown).
import { test, before } from "node:test";
import assert from "node:assert/strict";

// Configuration is read once, at import: the modules are loaded after this.
process.env.STRIPE_SECRET_KEY = "sk_test_keys_now_set";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_keys_now_set";

let modules: {
  fixtures: typeof import("../helpers/fixtures");
  payments: typeof import("@/lib/services/payments");
  db: typeof import("@/lib/db");
};
before(async () => {
  modules = {
    fixtures: await import("../helpers/fixtures"),
    payments: await import("@/lib/services/payments"),
    db: await import("@/lib/db"),
  };
});

test("a leftover test session is not found and not payable once Stripe is configured", async () => {
  const { fixtures, payments } = modules;
  const { db } = modules.db;
  const hall = await fixtures.makeCinemaWithHall({ rows: 1, cols: 2 });
  const showtime = await fixtures.makeShowtime(hall);
  const user = await fixtures.makeUser();
  // Made while the test provider was active (written directly: this process runs with Stripe keys).
  const booking = await db.booking.create({
    data: {
      reference: fixtures.unique("REF").slice(0, 8).toUpperCase(),
      userId: user.id,
      customerEmail: user.email,
      showtimeId: showtime.id,
      amountCents: 1000,
      currency: "GBP",
      expiresAt: new Date(Date.now() + 10 * 60_000),
    },
  });
  const sessionId = `cs_test_${fixtures.unique("left")}`;
  await db.testCheckoutSession.create({
    data: {
      id: sessionId,
      bookingId: booking.id,
      amountCents: 1000,
      currency: "GBP",
      lineItems: [],
      successUrl: "http://localhost:3000/ok",
      cancelUrl: "http://localhost:3000/cancel",
      expiresAt: new Date(Date.now() + 10 * 60_000),
    },
  });
  await assert.rejects(payments.getTestSession(sessionId), { code: "not_found" });
  await assert.rejects(payments.payTestSession(sessionId, "4242 4242 4242 4242"), { code: "not_found" });
  assert.equal((await db.testCheckoutSession.findUniqueOrThrow({ where: { id: sessionId } })).status, "open");
});
