// The metrics an on-sale is watched by (ops/grafana/dashboards): what holds,
// bookings and checkouts do to the counters, gauges that read PostgreSQL at
// scrape time and give up rather than hang, the pool and the event loop, and
// Prometheus's own checker on the live output.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { POST as book } from "@/app/api/booking/book/route";
import { POST as hold } from "@/app/api/seats/hold/route";
import { databaseUrl, db } from "@/lib/db";
import { authHeaders, callRoute, makeCinemaWithHall, makeShowtime, makeUser, type TestHall } from "../helpers/fixtures";
import { promtool, promtoolMissing } from "./operations-promtool";
import { families, samples, scrape, valueOf } from "./operations-scrape";

let hall: TestHall;
before(async () => {
  hall = await makeCinemaWithHall({ rows: 4, cols: 8 });
});
const seatIds = (...labels: string[]) => labels.map((label) => hall.seats.find((s) => s.label === label)!.id);

test("every metric the dashboard is built on is exported, with its type", async () => {
  const types = families(await scrape());
  const expected: Record<string, string> = {
    cinema_http_requests_total: "counter",
    cinema_http_request_duration_seconds: "histogram",
    cinema_seat_holds_total: "counter",
    cinema_booking_events_total: "counter",
    cinema_bookings: "gauge",
    cinema_payments_total: "counter",
    cinema_webhook_events_total: "counter",
    cinema_messages_total: "counter",
    cinema_outbox_messages: "gauge",
    cinema_db_pool_connections_in_use: "gauge",
    cinema_db_pool_connections_idle: "gauge",
    cinema_db_pool_max_connections: "gauge",
    cinema_db_pool_waiting_queries: "gauge",
    nodejs_eventloop_lag_p50_seconds: "gauge",
    nodejs_eventloop_lag_p99_seconds: "gauge",
    process_cpu_seconds_total: "counter",
    process_resident_memory_bytes: "gauge",
  };
  for (const [name, type] of Object.entries(expected)) assert.equal(types.get(name), type, name);
  for (const [name, type] of types)
    assert.ok(type === "counter" || !name.endsWith("_total"), `${name} is a ${type}: only counters end in _total`);
});

test("outcomes known in advance are there from the start, so rate() counts a process's first events", async () => {
  const text = await scrape();
  for (const [name, labels] of [
    ["cinema_seat_holds_total", { outcome: "address_limit" }],
    ["cinema_booking_events_total", { event: "payment_seats_lost" }],
    ["cinema_payments_total", { outcome: "refund_failed" }],
    ["cinema_webhook_events_total", { type: "charge.refunded", outcome: "duplicate" }],
    ["cinema_webhook_events_total", { type: "unverified", outcome: "bad_signature" }],
    ["cinema_messages_total", { channel: "SMS", outcome: "failed" }],
  ] as const)
    assert.notEqual(valueOf(text, name, labels), undefined, `${name} ${JSON.stringify(labels)}`);
});

test("holds made and refused, a booking and its checkout move their counters", async () => {
  const showtime = await makeShowtime(hall);
  const [buyer, rival] = [await makeUser(), await makeUser()];
  const before = await scrape();
  const holdRequest = async (user: typeof buyer) =>
    callRoute(hold, {
      url: "/api/seats/hold",
      headers: await authHeaders(user),
      body: { showtimeId: showtime.id, seatIds: seatIds("B3", "B4") },
    });
  const held = await holdRequest(buyer);
  assert.equal(held.status, 201);
  assert.equal((await holdRequest(rival)).status, 409);
  const booked = await callRoute(book, {
    url: "/api/booking/book",
    headers: await authHeaders(buyer, { "idempotency-key": `metrics-${showtime.id}` }),
    body: { holdId: (await held.json()).holdId },
  });
  assert.equal(booked.status, 201);
  const after = await scrape();

  const moved = (name: string, labels: Record<string, string>) =>
    (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);
  assert.equal(moved("cinema_seat_holds_total", { outcome: "held" }), 1);
  assert.equal(moved("cinema_seat_holds_total", { outcome: "seats_unavailable" }), 1);
  assert.equal(moved("cinema_booking_events_total", { event: "created" }), 1);
  assert.equal(moved("cinema_payments_total", { outcome: "checkout_created" }), 1);
  const holdRoute = { method: "POST", route: "/api/seats/hold" };
  assert.equal(moved("cinema_http_requests_total", { ...holdRoute, status: "201" }), 1);
  assert.equal(moved("cinema_http_requests_total", { ...holdRoute, status: "409" }), 1);
  assert.equal(moved("cinema_http_request_duration_seconds_count", holdRoute), 2);
  assert.equal(moved("cinema_http_request_duration_seconds_bucket", { ...holdRoute, le: "+Inf" }), 2);
  assert.equal(moved("cinema_bookings", { status: "pending_payment" }), 1, "the gauge counts the new booking");
});

test("bookings and outbox messages by status are PostgreSQL's counts, every status present", async () => {
  const text = await scrape();
  const truth = async (sql: string) =>
    new Map((await db.$queryRawUnsafe<{ status: string; n: bigint }[]>(sql)).map((r) => [r.status, Number(r.n)]));
  const bookings = await truth(`SELECT status::text, count(*) AS n FROM "bookings"."bookings" GROUP BY 1`);
  const outbox = await truth(`SELECT status::text, count(*) AS n FROM "notifications"."outbox" GROUP BY 1`);
  for (const status of ["PENDING_PAYMENT", "CONFIRMED", "EXPIRED", "CANCELLED", "REFUNDED"])
    assert.equal(valueOf(text, "cinema_bookings", { status: status.toLowerCase() }), bookings.get(status) ?? 0, status);
  for (const status of ["WAITING", "PENDING", "SENDING", "SENT", "KEPT", "FAILED"])
    assert.equal(valueOf(text, "cinema_outbox_messages", { status: status.toLowerCase() }), outbox.get(status) ?? 0);
});

// Without the statement timeout this scrape would wait for the lock: the test's own timeout fails it.
test(
  "a count PostgreSQL can't finish within a second leaves the gauges out; the scrape still answers",
  { timeout: 10_000 },
  async () => {
    const blocker = new pg.Client({ connectionString: databaseUrl() });
    await blocker.connect();
    try {
      await blocker.query(`BEGIN; LOCK TABLE "bookings"."bookings" IN ACCESS EXCLUSIVE MODE`);
      const started = performance.now();
      const text = await scrape();
      const seconds = (performance.now() - started) / 1000;
      assert.ok(seconds < 3, `the scrape took ${seconds.toFixed(1)} s`);
      assert.ok(!samples(text).some((s) => s.name === "cinema_bookings" || s.name === "cinema_outbox_messages"));
      assert.match(text, /^# TYPE cinema_bookings gauge$/m);
      assert.ok(valueOf(text, "cinema_db_pool_max_connections") !== undefined, "the other metrics are there");
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    assert.ok(valueOf(await scrape(), "cinema_bookings", { status: "confirmed" }) !== undefined, "and back after");
  },
);

test("the pool gauges describe this process's pool", async () => {
  const text = await scrape();
  const size = valueOf(text, "cinema_db_pool_max_connections")!;
  const inUse = valueOf(text, "cinema_db_pool_connections_in_use")!;
  const idle = valueOf(text, "cinema_db_pool_connections_idle")!;
  assert.equal(size, Number(process.env.DB_POOL_SIZE ?? 10));
  assert.ok(inUse >= 0 && idle >= 0 && inUse + idle <= size, `${inUse} in use + ${idle} idle ≤ ${size}`);
  assert.ok(idle > 0, "this test's own queries left idle connections");
  assert.equal(valueOf(text, "cinema_db_pool_waiting_queries"), 0);
  assert.ok(valueOf(text, "nodejs_eventloop_lag_p99_seconds")! >= 0);
});

test("promtool check metrics passes on the live output", async (t) => {
  const missing = promtoolMissing();
  if (missing) return t.skip(missing);
  const text = await scrape();
  assert.ok(
    samples(text).some((s) => s.name === "cinema_http_request_duration_seconds_bucket"),
    "with samples",
  );
  const checked = promtool(["check", "metrics"], text);
  assert.equal(checked.code, 0, checked.output);
});
