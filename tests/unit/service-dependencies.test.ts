// The seven services may call each other, but never in a cycle: a service
// that needs to tell another what happened takes handlers from it (payments
// tells bookings through `bookingPaymentHandlers`), and views that combine
// services sit above them. dependency-cruiser reads the real imports
// (through tsconfig's paths), each service folded into one node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const SERVICE = "^lib/services/[^/]+";

async function serviceGraph(): Promise<ICruiseResult> {
  const result = await cruise(
    ["lib/services"],
    {
      tsConfig: { fileName: "tsconfig.json" },
      tsPreCompilationDeps: true,
      collapse: SERVICE,
      includeOnly: SERVICE,
      doNotFollow: { path: "node_modules" },
      ruleSet: {
        forbidden: [
          {
            name: "no-cycle-between-services",
            severity: "error",
            from: { path: SERVICE },
            to: { circular: true },
          },
        ],
      },
      validate: true,
    },
    {},
    { tsConfig: extractTSConfig("tsconfig.json") },
  );
  return result.output as ICruiseResult;
}

test("no two services import each other, directly or around a cycle", async () => {
  const graph = await serviceGraph();
  const services = graph.modules.map((module) => module.source).sort();
  assert.ok(services.length >= 7, `all services were read (${services.join(", ")})`);
  const cycles = graph.summary.violations
    .filter((violation) => violation.rule.name === "no-cycle-between-services")
    .map((violation) => [violation.from, ...(violation.cycle ?? []).map((step) => step.name)].join(" → "));
  assert.deepEqual(cycles, [], "services in a cycle");
});

test("the check sees the imports between services", async () => {
  const graph = await serviceGraph();
  const bookings = graph.modules.find((module) => module.source === "lib/services/bookings");
  assert.ok(bookings, "bookings is a node");
  const targets = bookings.dependencies.map((dependency) => dependency.resolved);
  // Bookings uses payments (checkout, refunds); the reverse would be a cycle.
  assert.ok(targets.includes("lib/services/payments"), `bookings → payments is seen (${targets.join(", ")})`);
});
