// Cancelling a showtime is a job: the showtime goes off sale at once, a worker
// ends its bookings one by one with progress, and a job whose worker died is
// taken over where it stopped, refunding nobody twice.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { POST as book } from "@/app/api/booking/book/route";
import { POST as cancelShowtime } from "@/app/api/admin/showtimes/[id]/cancel/route";
import { GET as getJob } from "@/app/api/admin/jobs/[id]/route";
import { GET as listJobs } from "@/app/api/admin/jobs/route";
import { db } from "@/lib/db";
import { runDueJobs } from "@/lib/services/bookings";
import { sendDueRefunds } from "@/lib/services/payments";
import { cancelForShowtime } from "@/lib/services/bookings/cancel-showtime";
import { loadBookingSnapshot } from "@/lib/services/bookings/booking-snapshot";
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
let staff: TestUser;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 2, cols: 10 });
  staff = await makeUser({ role: "STAFF" });
});

/** Three paid bookings and one waiting for payment. */
async function bookedShowtime() {
  const showtime = await makeShowtime(hall);
  const bookings = [];
  for (let i = 0; i < 4; i++) {
    const response = await callRoute(book, {
      url: "/api/booking/book",
      headers: await authHeaders(await makeUser(), { "idempotency-key": `cancel-${showtime.id}-${i}` }),
      body: { showtimeId: showtime.id, seatIds: [hall.seats[i].id] },
    });
    const { booking } = await response.json();
    if (i < 3) {
      const payment = await db.payment.findUniqueOrThrow({ where: { bookingId: booking.id } });
      await deliver(stripeEvent("checkout.session.completed", sessionFor(booking, payment.checkoutSessionId!)));
    }
    bookings.push(booking);
  }
  return { showtime, bookings };
}

async function startCancellation(showtimeId: string) {
  const response = await callRoute(cancelShowtime, {
    url: `/api/admin/showtimes/${showtimeId}/cancel`,
    method: "POST",
    headers: await authHeaders(staff),
    params: { id: showtimeId },
  });
  assert.equal(response.status, 202);
  assert.match(response.headers.get("location") ?? "", /^\/api\/admin\/jobs\//);
  return (await response.json()).job;
}

async function jobNow(id: string) {
  const response = await callRoute(getJob, {
    url: `/api/admin/jobs/${id}`,
    headers: await authHeaders(staff),
    params: { id },
  });
  assert.equal(response.status, 200);
  return (await response.json()).job;
}

async function refundsOf(bookingIds: string[]) {
  return db.refund.findMany({ where: { payment: { bookingId: { in: bookingIds } } }, include: { payment: true } });
}

test("the job refunds paid bookings, cancels the pending one, tells everyone, with progress", async () => {
  const { showtime, bookings } = await bookedShowtime();
  const job = await startCancellation(showtime.id);
  assert.deepEqual([job.status, job.done, job.total], ["queued", 0, 4]);
  assert.equal((await startCancellation(showtime.id)).id, job.id, "one job per showtime at a time");
  assert.equal((await db.showtime.findUniqueOrThrow({ where: { id: showtime.id } })).status, "CANCELLED");

  while ((await runDueJobs()) > 0);
  const done = await jobNow(job.id);
  assert.deepEqual([done.status, done.done, done.total, done.errors], ["done", 4, 4, []]);
  const statuses = await db.booking.findMany({
    where: { id: { in: bookings.map((b) => b.id) } },
    orderBy: { createdAt: "asc" },
  });
  assert.deepEqual(
    statuses.map((b) => b.status),
    ["REFUNDED", "REFUNDED", "REFUNDED", "CANCELLED"],
  );
  const refunds = await refundsOf(bookings.map((b) => b.id));
  assert.equal(refunds.length, 3);
  assert.ok(refunds.every((r) => r.status === "succeeded" && r.payment.status === "REFUNDED"));
  assert.equal(
    await db.outboxMessage.count({ where: { dedupeKey: { in: bookings.map((b) => `showtime-cancelled:${b.id}`) } } }),
    4,
  );
  assert.equal(await db.showtimeSeat.count({ where: { showtimeId: showtime.id, status: { not: "AVAILABLE" } } }), 0);

  const list = await callRoute(listJobs, { url: "/api/admin/jobs", headers: await authHeaders(staff) });
  assert.ok((await list.json()).items.some((item: { id: string }) => item.id === job.id));
});

test("a job whose worker died after one booking is taken over, and nobody is refunded twice", async () => {
  const { showtime, bookings } = await bookedShowtime();
  const job = await startCancellation(showtime.id);
  // A worker claimed the job, ended the first booking in a step, and died before the next.
  const snapshot = (await loadBookingSnapshot(bookings[0].id))!;
  await db.$transaction(async (tx) => {
    await tx.job.update({ where: { id: job.id }, data: { status: "RUNNING", lockedBy: "dead-worker", done: 1 } });
    await cancelForShowtime(tx, snapshot);
  });
  await db.job.update({ where: { id: job.id }, data: { lockedAt: new Date(Date.now() - 10 * 60_000) } });

  while ((await runDueJobs("second-worker")) > 0);
  const done = await jobNow(job.id);
  assert.deepEqual([done.status, done.done, done.total], ["done", 4, 4]);
  const refunds = await refundsOf(bookings.map((b) => b.id));
  assert.equal(refunds.length, 3, "one refund per paid booking");
  assert.equal(new Set(refunds.map((r) => r.paymentId)).size, 3);
  // The first booking's refund, queued by the dead worker, is the refund workers send.
  const first = refunds.find((r) => r.payment.bookingId === bookings[0].id)!;
  assert.equal(first.status, "pending");
  while ((await sendDueRefunds()) > 0);
  assert.equal((await db.refund.findUniqueOrThrow({ where: { id: first.id } })).status, "succeeded");
  assert.equal((await db.payment.findUniqueOrThrow({ where: { id: first.paymentId } })).status, "REFUNDED");
});

test("a showtime that does not exist is 404", async () => {
  const response = await callRoute(cancelShowtime, {
    url: "/api/admin/showtimes/nope/cancel",
    method: "POST",
    headers: await authHeaders(staff),
    params: { id: "nope" },
  });
  assert.equal(response.status, 404);
});
