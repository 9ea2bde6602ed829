import AxeBuilder from "@axe-core/playwright";
import { test, expect, checkA11y } from "./fixtures";

test("the home page lists the films playing, from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Now showing" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pick a day" }).getByRole("link")).toHaveCount(14);
  const films = page.getByRole("region", { name: "Now showing" }).getByRole("listitem");
  await expect(films.first()).toBeVisible();
  expect(await films.count()).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole("link", { name: /Orbit of Echoes/ })).toBeVisible();
  await checkA11y(page);
});

test("health reports every service and the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.services).toMatchObject({
    users: "ok",
    movies: "ok",
    showtimes: "ok",
    seats: "ok",
    bookings: "ok",
    payments: "ok",
    notifications: "ok",
    database: "ok",
  });
});

test("the chosen cinema is remembered between visits", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Your cinema").selectOption({ label: "Harbor Lights Theater (New York)" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Now showing at Harbor Lights Theater" })).toBeVisible();
  await page.goto("/cinemas");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Now showing at Harbor Lights Theater" })).toBeVisible();
  await expect(page.getByLabel("Your cinema")).toHaveValue(/harbor-lights/);
});

test("the footer's API reference shows every chapter of the API, accessible and with nothing refused by its policy", async ({
  page,
}) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") refused.push(message.text());
  });
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
  await expect(page).toHaveURL(/\/api\/docs$/);
  await expect(page.getByRole("heading", { level: 1, name: /Cinema booking API/ })).toBeVisible();
  for (const chapter of ["Accounts", "Catalogue", "Seats and bookings", "Payments", "Staff", "Operations"])
    await expect(page.getByRole("heading", { name: new RegExp(`^${chapter}\\b`) })).toBeVisible();
  await page
    .getByRole("button", { name: /POST \/api\/seats\/hold\b/ })
    .first()
    .click();
  await expect(page.getByText("showtimeId").first()).toBeVisible();
  expect(refused).toEqual([]);
  // Three rules are Swagger UI's own markup, which the page cannot change: its
  // "copy path" button sits inside each operation's toggle (nested-interactive),
  // its chapters are h3 under the h1 title (heading-order), and its title block
  // sits outside its own <main> (region). Everything else is checked.
  const { violations } = await new AxeBuilder({ page })
    .disableRules(["nested-interactive", "heading-order", "region"])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
  await page.goto("/");
});
