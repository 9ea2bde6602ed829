// The app's metrics as Prometheus scrapes them: GET /api/metrics through its
// route handler, with METRICS_TOKEN set and sent as the bearer token, from an
// address that without the token would be refused.
import assert from "node:assert/strict";
import { GET as metricsRoute } from "@/app/api/metrics/route";
import { CLIENT_ADDRESS_HEADER, SERVER_STATES_ADDRESS } from "@/lib/gateway/client-address";

const TOKEN = "operations-tests-metrics-token";

export async function scrape(): Promise<string> {
  process.env[SERVER_STATES_ADDRESS] = "1";
  process.env.METRICS_TOKEN = TOKEN;
  try {
    const response = await metricsRoute(
      new Request("http://localhost:3000/api/metrics", {
        headers: { authorization: `Bearer ${TOKEN}`, [CLIENT_ADDRESS_HEADER]: "203.0.113.7" },
      }),
    );
    assert.equal(response.status, 200);
    return await response.text();
  } finally {
    delete process.env.METRICS_TOKEN;
  }
}

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Every sample line of the text format (label values here never hold `"` or `,`). */
export function samples(text: string): Sample[] {
  return text
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      assert.ok(match, `a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of the one sample named `name` whose labels include `labels`; undefined when there is none. */
export function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples(text).filter(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
  assert.ok(found.length <= 1, `one sample of ${name} ${JSON.stringify(labels)}, not ${found.length}`);
  return found[0]?.value;
}

/** Metric families by name and type, from the `# TYPE` lines. */
export function families(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map((m) => [m[1], m[2]]));
}

/** Every series name a query may use: a histogram's `_bucket`, `_sum` and `_count`, a summary's too. */
export function exportedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const [name, type] of families(text)) {
    if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
    else if (type === "summary") for (const suffix of ["", "_sum", "_count"]) names.add(name + suffix);
    else names.add(name);
  }
  return names;
}
