// Shared Playwright fixtures: accessibility checks with axe-core (serious or
// critical violations fail the test) and sign-in through the API.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

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

/** Signs in through the form (the sign-in form is itself under test in identity.spec.ts). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, callbackUrl = "/") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** A fresh moviegoer account, made through the API, so tests never share seats or bookings. */
export async function newMoviegoer(page: Page): Promise<string> {
  const email = `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const response = await page.request.post("/api/users/register", {
    data: { email, password: DEMO_PASSWORD, name: "E2E Moviegoer" },
  });
  expect(response.status()).toBe(201);
  return email;
}

/** The id of a showtime on sale a few days out, from the public API. */
export async function upcomingShowtime(page: Page, offset = 0): Promise<string> {
  const response = await page.request.get("/api/showtimes");
  const { items } = await response.json();
  const later = items.filter((s: { startsAt: string }) => Date.parse(s.startsAt) > Date.now() + 3 * 86_400_000);
  return later[offset].id;
}
