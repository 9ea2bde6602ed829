// System tests talk to real app servers over HTTP, as a browser or a mobile
// app would: the runner (scripts/test.ts) starts them on one database and
// says where in SYSTEM_APP_A and SYSTEM_APP_B (two instances that trust no
// proxy) and SYSTEM_APP_TRUSTING (one with TRUST_PROXY=loopback).
import { randomInt, randomUUID } from "node:crypto";

export const APP_A = process.env.SYSTEM_APP_A!;
export const APP_B = process.env.SYSTEM_APP_B!;
export const APP_TRUSTING = process.env.SYSTEM_APP_TRUSTING!;
export const DEMO_PASSWORD = "cinema-demo-2026";

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/**
 * A made-up client address. Setting up accounts goes through the instance
 * that trusts loopback as a proxy, each time "from" another address, so it
 * never spends the per-address limits that the tests themselves measure.
 */
export const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** A new moviegoer with a bearer token (good on every instance), through the public API. */
export async function moviegoer(): Promise<{ id: string; email: string; password: string; token: string }> {
  const base = APP_TRUSTING;
  const email = `${unique("sys")}@example.test`;
  const password = "a sturdy passphrase for tests";
  const from = { "x-forwarded-for": someAddress() };
  const registered = await post(base, "/api/users/register", { email, password, name: "System Test" }, from);
  if (registered.status >= 400) throw new Error(`register: ${registered.status} ${await registered.text()}`);
  const issued = await post(base, "/api/auth/token", { email, password }, from);
  if (!issued.ok) throw new Error(`token: ${issued.status} ${await issued.text()}`);
  const { accessToken } = (await issued.json()) as { accessToken: string };
  const me = await fetch(`${base}/api/users/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  const { user } = (await me.json()) as { user: { id: string } };
  return { id: user.id, email, password, token: accessToken };
}

export async function demoToken(email: string): Promise<string> {
  const issued = await post(
    APP_TRUSTING,
    "/api/auth/token",
    { email, password: DEMO_PASSWORD },
    { "x-forwarded-for": someAddress() },
  );
  if (!issued.ok) throw new Error(`token for ${email}: ${issued.status} ${await issued.text()}`);
  return ((await issued.json()) as { accessToken: string }).accessToken;
}

/** Waits until `check` is true, returning how long it took; fails after `limitMs`. */
export async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`not within ${limitMs} ms`);
}

/** A showtime on sale in the demo data, with two free neighbouring standard seats. */
export async function freePair(base = APP_A): Promise<{ showtimeId: string; seatIds: [string, string] }> {
  const films = (await (await fetch(`${base}/api/movies?status=now_showing`)).json()) as { items: { id: string }[] };
  for (const film of films.items) {
    const list = (await (await fetch(`${base}/api/showtimes?movieId=${film.id}`)).json()) as {
      items: { id: string; startsAt: string }[];
    };
    for (const showtime of list.items.filter((s) => Date.parse(s.startsAt) > Date.now() + 3_600_000)) {
      const map = (await (await fetch(`${base}/api/showtimes/${showtime.id}/seats`)).json()) as {
        seats: { id: string; row: number; col: number; type: string; status: string }[];
      };
      // The first two seats of a run of four free standard seats against a wall or an aisle: no single seat stranded.
      const isFree = (row: number, col: number) =>
        map.seats.some((s) => s.row === row && s.col === col && s.type === "standard" && s.status === "available");
      const start = map.seats.find(
        (seat) =>
          !map.seats.some((s) => s.row === seat.row && s.col === seat.col - 1) &&
          [0, 1, 2, 3].every((offset) => isFree(seat.row, seat.col + offset)),
      );
      if (start) {
        const next = map.seats.find((s) => s.row === start.row && s.col === start.col + 1)!;
        return { showtimeId: showtime.id, seatIds: [start.id, next.id] };
      }
    }
  }
  throw new Error("no showtime with two free seats in the demo data");
}
