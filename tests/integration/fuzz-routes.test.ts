// Hostile input never breaks a route. Over every route of the gateway's
// table, with every method it lists plus HEAD, OPTIONS and one it does not,
// as nobody, a moviegoer and an admin, fast-check generates path segments,
// query strings and bodies (tests/helpers/hostile-input.ts) and sends them
// the way Next.js would: through proxy.ts first, then, when the gateway lets
// the request through, to the handler of the route file with the headers the
// gateway forwarded and the params Next.js decodes. Every answer must be
// under 500, and every 4xx a problem+json document with a `code`.
//
// Deterministic: FUZZ_SEED (printed) fixes every run; FUZZ_RUNS scales it.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { allows, API_ROUTES, type RouteRule } from "@/lib/gateway/route-table";
import { db } from "@/lib/db";
import { makeCinemaWithHall, makeMovie, makeShowtime, makeUser, tokenFor, type TestUser } from "../helpers/fixtures";
import {
  decodeSegment,
  hostileBody,
  hostilePathSegment,
  hostileQuery,
  type HostileBody,
} from "../helpers/hostile-input";
import { handlerModule, paramNames, type Handler, type RouteModule } from "../helpers/route-modules";

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const ROLES = ["nobody", "CUSTOMER", "ADMIN"] as const;
type Caller = (typeof ROLES)[number];
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** Answer in their own formats (Auth.js's pages and redirects), so only "no 5xx" applies to them. */
const FOREIGN_FORMAT = (path: string) => path === "/api/auth/*";

const tokens: Partial<Record<Caller, string>> = {};
const users: Partial<Record<Caller, TestUser>> = {};
const WHO_AM_I = { CUSTOMER: "/api/users/me", ADMIN: "/api/admin/users" } as const;

async function signedIn(caller: "CUSTOMER" | "ADMIN"): Promise<boolean> {
  const answer = await proxy(
    new NextRequest(`http://localhost:3000${WHO_AM_I[caller]}`, {
      headers: { authorization: `Bearer ${tokens[caller]}` },
    }),
  );
  return answer.headers.get("x-middleware-next") === "1";
}

/** The fuzzer may sign its own callers out (revoking tokens, ending sessions): sign in again. */
async function keepSignedIn(): Promise<void> {
  for (const caller of ["CUSTOMER", "ADMIN"] as const) {
    if (await signedIn(caller)) continue;
    // A new user of the same role: the old one's standing may be cached as signed out for a while.
    users[caller] = await makeUser({ role: caller });
    tokens[caller] = await tokenFor(users[caller]!);
    assert.ok(await signedIn(caller), `${caller} signed in again`);
  }
}
/** Answers by status, from the gateway and from handlers: the run's report, and proof it reached the handlers. */
const seen = { gateway: new Map<number, number>(), handler: new Map<number, number>() };
const count = (map: Map<number, number>, status: number) => map.set(status, (map.get(status) ?? 0) + 1);
const realIds: Record<string, string[]> = {};
let shapes: Record<string, Record<string, unknown>> = {};

before(async () => {
  console.log(`fuzz-routes: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`);
  users.CUSTOMER = await makeUser({ role: "CUSTOMER" });
  users.ADMIN = await makeUser({ role: "ADMIN" });
  for (const caller of ["CUSTOMER", "ADMIN"] as const) {
    tokens[caller] = await tokenFor(users[caller]!);
    // Without working credentials the signed-in callers would fuzz only the 401 path, and pass for nothing.
    assert.ok(await signedIn(caller), `the ${caller} token gets past the gateway`);
  }
  const hall = await makeCinemaWithHall({ rows: 2, cols: 4 });
  const showtime = await makeShowtime(hall);
  const movie = await makeMovie();
  // A user the fuzzer may disable or promote without losing its own callers.
  const bystander = await makeUser({ role: "CUSTOMER" });
  const seat = hall.seats[0].id;
  const ids = [showtime.id, movie.id, movie.slug, hall.hallId, hall.cinemaId, bystander.id, seat];
  for (const rule of API_ROUTES) realIds[rule.path] = ids;
  realIds["/api/admin/users/:id"] = [bystander.id];
  const poster = (await db.movie.findFirst({ where: { posterUrl: { startsWith: "/api/posters/" } } }))?.posterUrl;
  if (poster) realIds["/api/posters/:file"] = [poster.split("/").pop()!];
  // Valid bodies, so that mutations reach each field's own checks.
  const layout = { rows: 1, cols: 2, seats: [{ row: 0, col: 0, type: "STANDARD" }] };
  const film = {
    title: "Fuzz",
    synopsis: "A film.",
    genres: ["Drama"],
    runtimeMin: 90,
    rating: "PG",
    releaseDate: "2026-12-01",
  };
  shapes = {
    "POST /api/auth/token": { email: "fuzz@example.test", password: "not-the-password" },
    "POST /api/auth/token/refresh": { refreshToken: "x" },
    "POST /api/auth/token/revoke": { refreshToken: "x" },
    "POST /api/users/register": { email: "fuzz@example.test", password: "a long enough password", name: "Fuzz" },
    "PATCH /api/users/me": { name: "Fuzz", phone: null, emailOptIn: true, smsOptIn: false },
    "POST /api/seats/hold": { showtimeId: showtime.id, seatIds: [seat] },
    "POST /api/booking/book": { showtimeId: showtime.id, seatIds: [seat] },
    "POST /api/admin/movies": film,
    "PATCH /api/admin/movies/:id": film,
    "POST /api/admin/cinemas": { name: "Fuzz", city: "X", address: "1 St", timeZone: "Europe/London", currency: "GBP" },
    "POST /api/admin/halls": { cinemaId: hall.cinemaId, name: "Fuzz", layout },
    "PUT /api/admin/halls/:id/layout": layout,
    "PUT /api/admin/halls/:id/prices": { STANDARD: 1000 },
    "POST /api/admin/showtimes": {
      movieId: movie.id,
      hallId: hall.hallId,
      startsAt: new Date(Date.now() + 400 * 86_400_000).toISOString(),
    },
    "POST /api/admin/check-in": { code: "ABC" },
    "PATCH /api/admin/users/:id": { role: "CUSTOMER", disabled: false },
  };
});

/** Next.js applies the headers the gateway set with NextResponse.next({ request: { headers } }). */
function forwardedHeaders(gateway: Response, sent: Headers): Headers {
  const overridden = gateway.headers.get("x-middleware-override-headers");
  if (!overridden) return sent;
  const headers = new Headers();
  for (const name of overridden.split(",")) {
    const value = gateway.headers.get(`x-middleware-request-${name.trim()}`);
    if (value !== null) headers.set(name.trim(), value);
  }
  return headers;
}

/** The handler Next.js would run for `method`; null when Next.js answers by itself (405, automatic OPTIONS). */
function handlerFor(module: RouteModule, method: string): Handler | null {
  if (method === "HEAD") return module.HEAD ?? module.GET ?? null;
  return module[method as keyof RouteModule] ?? null;
}

async function check(response: Response, what: string, foreignFormat: boolean): Promise<void> {
  if (response.status >= 500)
    assert.fail(`${what} answered ${response.status}: ${await response.text().catch(() => "")}`);
  if (response.status < 400 || foreignFormat) return;
  assert.equal(
    response.headers.get("content-type"),
    "application/problem+json",
    `${what}: ${response.status} content type`,
  );
  if (what.startsWith("HEAD ")) return;
  const problem = await response.json();
  assert.equal(typeof problem.code, "string", `${what}: problem without a code`);
  assert.equal(problem.status, response.status, `${what}: problem status`);
}

interface Case {
  segments: string[];
  query: string;
  body: HostileBody;
}

async function exercise(rule: RouteRule, method: string, caller: Caller, input: Case): Promise<void> {
  const names = paramNames(rule.path);
  let index = 0;
  const path = rule.path.replace(/:\w+|\*/g, () => input.segments[index++] ?? "x");
  const url = `http://localhost:3000${path}${input.query ? `?${input.query}` : ""}`;
  const what = `${method} ${url.slice(0, 200)} as ${caller} with ${BODY_METHODS.has(method) ? input.body.label : "no body"}`;
  const headers = new Headers();
  if (tokens[caller as "CUSTOMER"]) headers.set("authorization", `Bearer ${tokens[caller as "CUSTOMER"]}`);
  const withBody = BODY_METHODS.has(method);
  if (withBody && input.body.contentType) headers.set("content-type", input.body.contentType);
  if (rule.path === "/api/booking/book") headers.set("idempotency-key", `fuzz-${input.segments.join("").length}`);
  const init = (h: Headers) => ({ method, headers: h, body: withBody ? input.body.bytes : undefined });

  const gateway = await proxy(new NextRequest(url, init(headers)));
  count(seen.gateway, gateway.status);
  const foreign = FOREIGN_FORMAT(rule.path);
  await check(gateway.clone(), `gateway: ${what}`, foreign);
  if (!(gateway.status === 200 && gateway.headers.get("x-middleware-next") === "1")) return;

  // Next.js itself refuses a path it cannot decode before any handler runs.
  if (input.segments.some((segment) => decodeSegment(segment) === null)) return;
  const routeModule = await handlerModule(rule.path);
  const handler = routeModule && handlerFor(routeModule, method);
  if (!handler) return;
  const params: Record<string, string | string[]> = rule.path.endsWith("*")
    ? { nextauth: input.segments[0].split("/").map((part) => decodeSegment(part)!) }
    : Object.fromEntries(names.map((name, i) => [name, decodeSegment(input.segments[i])!]));
  const response = await handler(new Request(url, init(forwardedHeaders(gateway, headers))), {
    params: Promise.resolve(params),
  });
  count(seen.handler, response.status);
  await check(response, `handler: ${what}`, foreign);
}

const UNLISTED = "PROPFIND";
const ROLE_OF: Record<Caller, "CUSTOMER" | "ADMIN" | null> = { nobody: null, CUSTOMER: "CUSTOMER", ADMIN: "ADMIN" };

/** Whether the gateway lets this through to a handler: then it is worth many runs; else one shows the refusal. */
function reachesHandler(rule: RouteRule, method: string, caller: Caller): boolean {
  const access = rule.methods[(method === "HEAD" ? "GET" : method) as keyof RouteRule["methods"]];
  return access !== undefined && allows(access, ROLE_OF[caller]);
}

test("no route answers hostile input with a 5xx; every refusal is problem+json", { timeout: 10 * 60_000 }, async () => {
  let combination = 0;
  let reachable = 0;
  let requests = 0;
  const started = Date.now();
  for (const rule of API_ROUTES) {
    const segmentCount = (rule.path.match(/:\w+|\*/g) ?? []).length;
    const ids = realIds[rule.path] ?? [];
    const segment = rule.path.endsWith("*")
      ? fc.oneof(
          fc.constantFrom("session", "csrf", "providers", "signin", "signout", "callback/credentials"),
          hostilePathSegment(),
        )
      : hostilePathSegment(ids);
    for (const method of [...Object.keys(rule.methods), "HEAD", "OPTIONS", UNLISTED]) {
      const shape = shapes[`${method} ${rule.path}`] ?? {};
      const input = fc.record({
        segments: fc.array(segment, { minLength: segmentCount, maxLength: segmentCount }),
        query: hostileQuery(Object.keys(shape)),
        body: hostileBody(shape),
      });
      for (const caller of ROLES) {
        const seed = SEED + combination++;
        if (reachesHandler(rule, method, caller)) reachable++;
        await fc.assert(
          fc.asyncProperty(input, async (generated) => {
            requests++;
            await exercise(rule, method, caller, generated);
          }),
          {
            seed,
            numRuns: reachesHandler(rule, method, caller) ? RUNS : 1,
            endOnFailure: true,
            includeErrorInReport: true,
          },
        );
        if (BODY_METHODS.has(method) && caller !== "nobody") await keepSignedIn();
      }
    }
  }
  console.log(
    `fuzz-routes: ${requests} requests over ${combination} route × method × caller in ${Date.now() - started} ms`,
  );
  const report = (map: Map<number, number>) => JSON.stringify(Object.fromEntries([...map].sort(([a], [b]) => a - b)));
  console.log(`fuzz-routes: gateway answered ${report(seen.gateway)}; handlers answered ${report(seen.handler)}`);
  assert.ok(combination >= API_ROUTES.length * 3 * 3);
  const handled = [...seen.handler.values()].reduce((sum, n) => sum + n, 0);
  assert.ok(handled >= (reachable * RUNS) / 2, `only ${handled} of ${reachable * RUNS} meant for handlers reached one`);
});

// Next.js cannot decode a malformed percent-escape in a path and answers 500 (text/plain) after the gateway,
// before any handler runs (checked against `next start`); only the gateway can refuse such a path cleanly.
test("a path Next.js cannot decode is refused by the gateway with a 400 problem", async () => {
  const paths = ["/api/nope/%E0%A4%A", "/%ZZ"];
  for (const rule of API_ROUTES) {
    if (/:\w+|\*/.test(rule.path))
      for (const bad of ["%E0%A4%A", "%ZZ", "%"]) paths.push(rule.path.replace(/:\w+|\*/, bad));
  }
  for (const path of paths) {
    const answer = await proxy(new NextRequest(`http://localhost:3000${path}`));
    assert.equal(answer.status, 400, `GET ${path}`);
    assert.equal(answer.headers.get("content-type"), "application/problem+json", `GET ${path}`);
    assert.equal((await answer.json()).code, "validation_failed");
  }
});
