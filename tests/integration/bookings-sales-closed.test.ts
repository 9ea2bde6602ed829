// With no payment provider configured (no STRIPE_SECRET_KEY, no PAYMENTS=test)
// sales are closed: booking is refused with a clear problem, and nothing is
// held or booked.
import { test, before } from "node:test";
import assert from "node:assert/strict";

// Configuration is read once, at import: the modules are loaded after this.
delete process.env.PAYMENTS;
delete process.env.STRIPE_SECRET_KEY;

let modules: {
  book: typeof import("@/app/api/booking/book/route");
  fixtures: typeof import("../helpers/fixtures");
  db: typeof import("@/lib/db");
};
before(async () => {
  modules = {
    book: await import("@/app/api/booking/book/route"),
    fixtures: await import("../helpers/fixtures"),
    db: await import("@/lib/db"),
  };
});

test("booking answers 503 sales_closed, and no seat is held and no booking made", async () => {
  const { fixtures, book } = modules;
  const { db } = modules.db;
  const hall = await fixtures.makeCinemaWithHall({ rows: 1, cols: 4 });
  const showtime = await fixtures.makeShowtime(hall);
  const user = await fixtures.makeUser();
  const response = await fixtures.callRoute(book.POST, {
    url: "/api/booking/book",
    headers: await fixtures.authHeaders(user, { "idempotency-key": "closed-sales-1" }),
    body: { showtimeId: showtime.id, seatIds: [hall.seats[0].id] },
  });
  assert.equal(response.status, 503);
  const problem = await response.json();
  assert.equal(problem.code, "sales_closed");
  assert.equal(problem.detail, "Online sales are closed: this installation has no payment provider configured.");
  assert.equal(await db.booking.count({ where: { userId: user.id } }), 0);
  assert.equal(await db.hold.count({ where: { userId: user.id } }), 0);
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: showtime.id, status: { not: "AVAILABLE" } } }), 0);
});
