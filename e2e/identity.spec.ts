import { test, expect, checkA11y, DEMO, DEMO_PASSWORD, signIn } from "./fixtures";

test("a new moviegoer signs up, signs out, signs in, and is refused the staff pages", async ({ page }) => {
  const email = `signup-${Date.now()}@example.test`;
  await page.goto("/sign-up");
  await checkA11y(page);
  await page.getByLabel("Name").fill("Nia Newcomer");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: "Nia Newcomer" })).toBeVisible();

  await page.getByRole("link", { name: "Nia Newcomer" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("wrong");
  await checkA11y(page);
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Nia Newcomer" })).toBeVisible();

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is for cinema staff" })).toBeVisible();
});

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/bookings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fbookings/);
  await page.getByLabel("E-mail").fill(DEMO.moviegoer);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "My bookings" })).toBeVisible();
});

test("staff see the staff link", async ({ page }) => {
  await signIn(page, DEMO.staff);
  await expect(page.getByRole("link", { name: "Staff", exact: true })).toBeVisible();
});
