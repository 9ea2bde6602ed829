import "server-only";
// Prometheus metrics, one registry per process (also across dev reloads).
//
// Counters count what this process did; the gauges of bookings and outbox
// messages by status are read from PostgreSQL when scraped, so every process
// reports the same truth whichever one did the work (the worker included).
// Every label takes values from a closed set (outcomes, statuses, the route
// table's patterns), so the number of series stays bounded.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Pool, QueryResult } from "pg";
import { pgPool } from "@/lib/db";
import { BookingStatus, Channel, MessageStatus } from "@/lib/generated/prisma/enums";

interface CinemaMetrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route">;
  holds: Counter<"outcome">;
  bookings: Counter<"event">;
  payments: Counter<"outcome">;
  webhooks: Counter<"type" | "outcome">;
  messages: Counter<"channel" | "outcome">;
}

// Gauges that prom-client names `_total`, which Prometheus reserves for
// counters (`promtool check metrics` refuses them); the same numbers are the
// sums of nodejs_active_handles, nodejs_active_requests and nodejs_active_resources.
const MISNAMED_DEFAULTS = [
  "nodejs_active_handles_total",
  "nodejs_active_requests_total",
  "nodejs_active_resources_total",
];

/** The longest PostgreSQL may spend counting for one scrape; a slow count leaves the gauges out, not the scrape hanging. */
const COUNT_TIMEOUT_MS = 1000;

type StatusCounts = { bookings: Map<string, number>; outbox: Map<string, number> };
type CountRow = { kind: keyof StatusCounts; status: string; n: string };
let counting: Promise<StatusCounts> | null = null;

async function countStatuses(): Promise<StatusCounts> {
  // Two statements in one simple query run as one implicit transaction: the timeout holds for this count alone.
  const results = (await pgPool().query(
    `SET LOCAL statement_timeout = ${COUNT_TIMEOUT_MS};
     SELECT 'bookings' AS kind, status::text AS status, count(*) AS n FROM "bookings"."bookings" GROUP BY status
     UNION ALL
     SELECT 'outbox', status::text, count(*) FROM "notifications"."outbox" GROUP BY status`,
  )) as unknown as QueryResult<CountRow>[];
  const counts: StatusCounts = { bookings: new Map(), outbox: new Map() };
  for (const row of results[1].rows) counts[row.kind].set(row.status, Number(row.n));
  return counts;
}

/** Both gauges of a scrape share one count in flight, and a process never runs two at once. */
function statusCounts(): Promise<StatusCounts> {
  counting ??= countStatuses().finally(() => {
    counting = null;
  });
  return counting;
}

/** A gauge by status read from PostgreSQL: every status of the enum, zero when none; absent when the count failed. */
function statusGauge(
  registry: Registry,
  name: string,
  help: string,
  kind: keyof StatusCounts,
  statuses: Record<string, string>,
) {
  return new Gauge({
    name,
    help,
    labelNames: ["status"],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        const counts = (await statusCounts())[kind];
        for (const status of Object.values(statuses))
          this.set({ status: status.toLowerCase() }, counts.get(status) ?? 0);
      } catch {
        // The database being down is what /api/health reports; the other metrics still answer.
      }
    },
  });
}

/** This process's pg pool: connections in use and idle, its size, and queries waiting for a connection. */
function poolGauges(registry: Registry) {
  const gauges: [string, string, (pool: Pool) => number][] = [
    [
      "cinema_db_pool_connections_in_use",
      "PostgreSQL connections of this process checked out",
      (pool) => pool.totalCount - pool.idleCount,
    ],
    [
      "cinema_db_pool_connections_idle",
      "PostgreSQL connections of this process open and idle",
      (pool) => pool.idleCount,
    ],
    ["cinema_db_pool_max_connections", "Size of this process's PostgreSQL pool", (pool) => pool.options.max ?? 10],
    [
      "cinema_db_pool_waiting_queries",
      "Queries of this process waiting for a free connection",
      (pool) => pool.waitingCount,
    ],
  ];
  for (const [name, help, read] of gauges)
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        try {
          this.set(read(pgPool()));
        } catch {
          // No DATABASE_URL in this process (a build): nothing to report.
        }
      },
    });
}

/**
 * Starts at 0 every combination of the label values a counter is known to
 * take, so that rate() and increase() count a process's first events too (a
 * series that first appears at 1 looks to Prometheus as if it never moved).
 * Values not listed are counted all the same when they come.
 */
function startAtZero<T extends string>(counter: Counter<T>, values: Record<T, readonly string[]>) {
  let combinations: Record<string, string>[] = [{}];
  for (const [label, options] of Object.entries<readonly string[]>(values))
    combinations = combinations.flatMap((combination) => options.map((value) => ({ ...combination, [label]: value })));
  for (const labels of combinations) counter.inc(labels as Partial<Record<T, string>>, 0);
}

function create(): CinemaMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "cinema" });
  collectDefaultMetrics({ register: registry });
  for (const name of MISNAMED_DEFAULTS) registry.removeSingleMetric(name);
  // Registered first, so they are read before this scrape's own count takes a connection.
  poolGauges(registry);
  statusGauge(registry, "cinema_bookings", "Bookings by status (all time)", "bookings", BookingStatus);
  statusGauge(
    registry,
    "cinema_outbox_messages",
    "Messages in the notification outbox by status",
    "outbox",
    MessageStatus,
  );
  const counters: CinemaMetrics = {
    registry,
    httpRequests: new Counter({
      name: "cinema_http_requests_total",
      help: "API requests answered",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "cinema_http_request_duration_seconds",
      help: "API request duration",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    holds: new Counter({
      name: "cinema_seat_holds_total",
      help: "Seat hold attempts by outcome",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    bookings: new Counter({
      name: "cinema_booking_events_total",
      help: "Booking state changes",
      labelNames: ["event"],
      registers: [registry],
    }),
    payments: new Counter({
      name: "cinema_payments_total",
      help: "Checkout sessions created or refused by the provider, refunds sent, retried or given up",
      labelNames: ["outcome"],
      registers: [registry],
    }),
    webhooks: new Counter({
      name: "cinema_webhook_events_total",
      help: "Payment webhook events by type and outcome",
      labelNames: ["type", "outcome"],
      registers: [registry],
    }),
    messages: new Counter({
      name: "cinema_messages_total",
      help: "Notification delivery attempts",
      labelNames: ["channel", "outcome"],
      registers: [registry],
    }),
  };
  // The outcomes the services report (seats/hold-seats.ts, bookings, payments, notifications/sender.ts).
  startAtZero(counters.holds, {
    outcome: [
      "held",
      "seats_unavailable",
      "orphan_seat",
      "seat_rules",
      "too_many_seats",
      "address_limit",
      "unknown_seats",
    ],
  });
  startAtZero(counters.bookings, {
    event: [
      "created",
      "payment_confirmed",
      "payment_already",
      "payment_seats_lost",
      "payment_not_payable",
      "expired",
      "cancelled",
      "refunded",
    ],
  });
  startAtZero(counters.payments, {
    outcome: ["checkout_created", "provider_error", "refund_succeeded", "refund_retry", "refund_failed"],
  });
  startAtZero(counters.webhooks, {
    type: [
      "checkout.session.completed",
      "checkout.session.async_payment_succeeded",
      "checkout.session.async_payment_failed",
      "checkout.session.expired",
      "charge.refunded",
    ],
    outcome: ["processed", "duplicate", "refused_mismatch"],
  });
  startAtZero(counters.webhooks, { type: ["unverified"], outcome: ["bad_signature"] });
  startAtZero(counters.messages, { channel: Object.values(Channel), outcome: ["sent", "kept", "retry", "failed"] });
  return counters;
}

const globalForMetrics = globalThis as unknown as { cinemaMetrics?: CinemaMetrics };
export const metrics: CinemaMetrics = (globalForMetrics.cinemaMetrics ??= create());
