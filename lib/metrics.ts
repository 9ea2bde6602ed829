import "server-only";
// Prometheus metrics, one registry per process (also across dev reloads).
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

interface CinemaMetrics {
  registry: Registry;
  httpRequests: Counter<"method" | "route" | "status">;
  httpDuration: Histogram<"method" | "route">;
  holds: Counter<"outcome">;
  bookings: Counter<"event">;
  webhooks: Counter<"type" | "outcome">;
  messages: Counter<"channel" | "outcome">;
}

function create(): CinemaMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app: "cinema" });
  collectDefaultMetrics({ register: registry });
  return {
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
}

const globalForMetrics = globalThis as unknown as { cinemaMetrics?: CinemaMetrics };
export const metrics: CinemaMetrics = (globalForMetrics.cinemaMetrics ??= create());
