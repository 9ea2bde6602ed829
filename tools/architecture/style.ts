// The drawings' colours, by a node's Mermaid class, and the legend that names them.

export interface Look {
  fill: string;
  stroke: string;
}

export const LOOKS: Record<string, Look & { legend: string }> = {
  service: { fill: "#dbeafe", stroke: "#1d4ed8", legend: "Services and the processes that run them" },
  database: { fill: "#dcfce7", stroke: "#15803d", legend: "Databases (PostgreSQL schemas)" },
  infrastructure: { fill: "#fef3c7", stroke: "#b45309", legend: "Infrastructure: load balancer, monitoring, secrets" },
  outside: { fill: "#f1f5f9", stroke: "#475569", legend: "Clients and outside providers" },
};

export const INK = "#0f172a";
export const GROUP_STROKE = "#64748b";

export const lookOf = (className?: string): Look => LOOKS[className ?? "outside"] ?? LOOKS.outside;

/** Where the drawings depart from the original design, and why; shown under the legend. */
export const DEPARTURES = [
  "Departures from the original design:",
  "• The seven services are modules of one app, calling each other in process: nothing to discover, so no service discovery.",
  "• One PostgreSQL with a schema per service instead of a database each: one backup, one connection pool, still one owner per table.",
  "• No RabbitMQ yet: the outbox table, written in the same transaction, carries events to the worker.",
];
