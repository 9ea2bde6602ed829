// Shared Playwright fixtures: accessibility checks with axe-core (serious or
// critical violations fail the test) and sign-in through the API.
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { test as base, expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import pg from "pg";

export const DEMO_PASSWORD = "cinema-demo-2026";
export const DEMO = {
  admin: "admin@cinema.test",
  staff: "staff@cinema.test",
  moviegoer: "moviegoer@cinema.test",
};

export async function checkA11y(page: Page): Promise<void> {
  // Next.js streams metadata: after a client-side navigation the <title> arrives a moment later.
  await page.waitForFunction(() => document.title.length > 0, undefined, { timeout: 5_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `accessibility violations on ${page.url()}`).toEqual([]);
}

export const test = base.extend<{ a11yAfterEach: void }>({
  // Whatever page a test ends on is checked as well.
  a11yAfterEach: [
    async ({ page }, use) => {
      await use();
      if (page.url().startsWith("http")) await checkA11y(page);
    },
    { auto: true },
  ],
});

export { expect };

const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";

/**
 * Signs in through Auth.js's public endpoints, as the form does, without
 * the form (whose own test is identity.spec.ts): the CSRF token, then the
 * credentials callback. The session cookie lands in the page's context.
 */
export async function signInAs(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<void> {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in of ${email}`).toBeLessThan(400);
  expect(response.headers().location ?? "", `sign-in of ${email} was refused`).not.toContain("error");
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `a session for ${email}`).toBe(email);
}

/** Signs the page's browser in (through the API) and opens `callbackUrl`. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, callbackUrl = "/") {
  await signInAs(page.request, email, password);
  await page.goto(callbackUrl);
}

const stamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** A fresh moviegoer account, made through the API, so tests never share seats or bookings. */
export async function newMoviegoer(page: Page): Promise<string> {
  const email = `e2e-${stamp()}@example.test`;
  const response = await page.request.post("/api/users/register", {
    data: { email, password: DEMO_PASSWORD, name: "E2E Moviegoer" },
  });
  expect(response.ok(), `registering ${email}`).toBe(true);
  return email;
}

export interface ScheduledShowtime {
  showtimeId: string;
  movieId: string;
  filmTitle: string;
  filmSlug: string;
  cinemaId: string;
  cinemaName: string;
  hallId: string;
}

/**
 * A showtime of the test's own: staff (through the staff API) add a cinema,
 * a film, a hall of `rows` x `cols` standard seats and one showtime three
 * days out. Nothing depends on what the demo data holds, or in what order.
 */
export async function scheduleShowtime(
  playwright: { request: { newContext(options: { baseURL: string }): Promise<APIRequestContext> } },
  options: { rows?: number; cols?: number; timeZone?: string } = {},
): Promise<ScheduledShowtime> {
  const staff = await playwright.request.newContext({ baseURL: BASE_URL });
  try {
    await signInAs(staff, DEMO.staff);
    const name = stamp();
    const created = async (path: string, data: unknown) => {
      const response = await staff.post(path, { data });
      expect(response.status(), `POST ${path}: ${await response.text()}`).toBe(201);
      return response.json();
    };
    const { cinema } = await created("/api/admin/cinemas", {
      name: `E2E Cinema ${name}`,
      city: "Testville",
      address: "1 Test Street",
      timeZone: options.timeZone ?? "Europe/London",
      currency: "GBP",
    });
    const { movie } = await created("/api/admin/movies", {
      title: `E2E Film ${name}`,
      synopsis: "A film made by an end-to-end test.",
      genres: ["Drama"],
      runtimeMin: 100,
      rating: "PG",
      releaseDate: "2026-01-01",
      status: "NOW_SHOWING",
    });
    const rows = options.rows ?? 6;
    const cols = options.cols ?? 12;
    const seats = Array.from({ length: rows * cols }, (_, i) => ({
      row: Math.floor(i / cols),
      col: i % cols,
      type: "STANDARD",
    }));
    const { hall } = await created("/api/admin/halls", {
      cinemaId: cinema.id,
      name: "Screen 1",
      layout: { rows, cols, seats },
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    startsAt.setUTCHours(18, 0, 0, 0);
    const { items } = await created("/api/admin/showtimes", {
      movieId: movie.id,
      hallId: hall.id,
      startsAt: startsAt.toISOString(),
    });
    return {
      showtimeId: items[0].id,
      movieId: movie.id,
      filmTitle: movie.title,
      filmSlug: movie.slug,
      cinemaId: cinema.id,
      cinemaName: cinema.name,
      hallId: hall.id,
    };
  } finally {
    await staff.dispose();
  }
}

export interface PaidBooking {
  id: string;
  reference: string;
  email: string;
}

/**
 * A new moviegoer, in a browser of their own, books `seatCount` seats of the
 * showtime (the first free ones) and pays with the test card on the test
 * provider's checkout page, as booking.spec.ts does through the seat map.
 */
export async function buyTickets(browser: Browser, showtimeId: string, seatCount = 1): Promise<PaidBooking> {
  const context = await browser.newContext({ baseURL: BASE_URL });
  try {
    const page = await context.newPage();
    const email = await newMoviegoer(page);
    await signInAs(page.request, email);
    const { seats } = await (await page.request.get(`/api/showtimes/${showtimeId}/seats`)).json();
    const free = (seats as { id: string; status: string }[]).filter((seat) => seat.status === "available");
    const booked = await page.request.post("/api/booking/book", {
      headers: { "idempotency-key": `e2e-buy-${stamp()}` },
      data: { showtimeId, seatIds: free.slice(0, seatCount).map((seat) => seat.id) },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    const { booking, checkoutUrl } = await booked.json();
    await page.goto(checkoutUrl);
    await page.getByLabel("Card number").fill("4242 4242 4242 4242");
    await page.getByRole("button", { name: /^Pay/ }).click();
    await expect(page.getByTestId("booking-status")).toHaveText("Confirmed", { timeout: 20_000 });
    return { id: booking.id, reference: booking.reference, email };
  } finally {
    await context.close();
  }
}

/**
 * Reads the app's database directly (npm test passes its URL), for checks
 * that compute what a page should say independently of the code that says it.
 */
export async function withDatabase<T>(read: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the end-to-end tests through npm test.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await read(client);
  } finally {
    await client.end();
  }
}

/** RFC 4180 rows of a CSV download (csv-parse), its byte-order mark dropped. */
export const parseCsv = (text: string): string[][] => parse(text, { bom: true });
