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
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
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
