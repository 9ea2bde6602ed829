// A rush of payments: many moviegoers pay at the same moment, and every
// signed checkout.session.completed arrives together. With the default pool
// of connections every booking is confirmed: a payment's transaction never
// waits for a second connection while holding one.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { db } from "@/lib/db";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser, type TestHall } from "../helpers/fixtures";
import { deliver, sessionFor, stripeEvent } from "../helpers/webhooks";

// The pool the app runs with (lib/db.ts): nothing raised for this test.
delete process.env.DB_POOL_SIZE;

const BUYERS = 50;
let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 10, cols: 10 });
});

test(`${BUYERS} payments arriving at once, with the default pool: every booking confirmed`, async () => {
  const showtime = await makeShowtime(hall);
  const bookings = [];
  for (let i = 0; i < BUYERS; i++) {
    const user = await makeUser();
    const response = await callRoute(book, {
      url: "/api/booking/book",
      headers: await authHeaders(user, { "idempotency-key": `rush-${showtime.id}-${i}` }),
      body: { showtimeId: showtime.id, seatIds: [hall.seats[i * 2].id, hall.seats[i * 2 + 1].id] },
    });
    assert.equal(response.status, 201, await response.clone().text());
    const { booking } = await response.json();
    const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
    bookings.push({ booking, sessionId: payment.checkoutSessionId! });
  }

  const responses = await Promise.all(
    bookings.map(({ booking, sessionId }) =>
      deliver(stripeEvent("checkout.session.completed", sessionFor(booking, sessionId))),
    ),
  );
  const answers = await Promise.all(responses.map(async (r) => ({ status: r.status, body: await r.json() })));
  assert.deepEqual(
    answers.filter((a) => a.status !== 200 || a.body.outcome !== "processed"),
    [],
    "every webhook answered 200 processed",
  );
  const ids = bookings.map(({ booking }) => booking.id);
  const confirmed = await db.booking.count({ where: { id: { in: ids }, status: "CONFIRMED" } });
  assert.equal(confirmed, BUYERS);
  assert.equal(await db.ticket.count({ where: { bookingId: { in: ids } } }), BUYERS * 2);
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: showtime.id, status: "SOLD" } }), BUYERS * 2);
  assert.equal(
    await db.outboxMessage.count({ where: { dedupeKey: { in: ids.map((id) => `booking-confirmed:${id}`) } } }),
    BUYERS,
  );
});
