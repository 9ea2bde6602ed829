import { test, expect, checkA11y, newMoviegoer, scheduleShowtime, signIn } from "./fixtures";

test("browse to a film, pick seats with the mouse, hold them, pay with a good card, get tickets", async ({
  page,
  playwright,
}) => {
  const scheduled = await scheduleShowtime(playwright);
  const email = await newMoviegoer(page);
  await signIn(page, email);
  await page.goto(`/search?q=${encodeURIComponent(scheduled.filmTitle)}`);
  await page
    .getByRole("link", { name: new RegExp(scheduled.filmTitle) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: scheduled.filmTitle })).toBeVisible();
  await checkA11y(page);
  await page.locator(`a[href="/showtimes/${scheduled.showtimeId}"]`).first().click();
  await expect(page.getByRole("heading", { name: "Your seats" })).toBeVisible();
  await checkA11y(page);

  const free = page.locator('button[data-seat][aria-disabled="false"][aria-label*="standard"]');
  const first = free.nth(3);
  const second = free.nth(4);
  const firstLabel = await first.getAttribute("data-seat");
  await first.click();
  await second.click();
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("total")).not.toHaveText(/0\.00/);
  const total = await page.getByTestId("total").textContent();
  await page.getByRole("button", { name: "Hold 2 seats" }).click();
  await expect(page.getByText("Seats held for")).toBeVisible();
  await expect(
    page.getByRole("button", { name: new RegExp(`Continue to payment · ${total!.replace(/[.$]/g, "\\$&")}`) }),
  ).toBeVisible();
  await page.getByRole("button", { name: /Continue to payment/ }).click();

  await expect(page.getByText("Test payment — no money moves")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Pay ${total}` })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();

  await expect(page.getByTestId("booking-status")).toHaveText("Confirmed", { timeout: 20_000 });
  await expect(page.getByRole("img", { name: `QR code for seat ${firstLabel}` })).toBeVisible();
  await checkA11y(page);
  await page.goto("/bookings");
  await expect(page.getByRole("link", { name: scheduled.filmTitle }).first()).toBeVisible();
});

test("a declined card says so and the booking stays unpaid", async ({ page, playwright }) => {
  const { showtimeId } = await scheduleShowtime(playwright);
  const email = await newMoviegoer(page);
  await signIn(page, email);
  await page.goto(`/showtimes/${showtimeId}`);
  // The first seat of a row: taking it strands no single seat.
  await page.locator('button[data-seat][aria-disabled="false"][aria-label*="standard"]').first().click();
  await page.getByRole("button", { name: "Hold 1 seat" }).click();
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await page.getByLabel("Card number").fill("4000 0000 0000 0002");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card was declined.");
  await page.getByLabel("Card number").fill("4000 0000 0000 9995");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your card has insufficient funds.");
  await page.getByRole("link", { name: "Cancel and go back" }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("Waiting for payment");
});

test("seats can be picked with the keyboard alone", async ({ page, playwright }) => {
  const { showtimeId } = await scheduleShowtime(playwright);
  const email = await newMoviegoer(page);
  await signIn(page, email);
  await page.goto(`/showtimes/${showtimeId}`);
  const map = page.getByRole("group", { name: "Seats" });
  await map.locator('button[tabindex="0"]').focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const focused = page.locator("button[data-seat]:focus");
  await expect(focused).toHaveAttribute("aria-label", /^Row C, seat \d+, .+, available$/);
  await page.keyboard.press("Space");
  await expect(focused).toHaveAttribute("aria-pressed", "true");
  await expect(focused).toHaveAttribute("aria-label", /selected$/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Hold 2 seats" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Hold 2 seats" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Seats held for")).toBeVisible();
});

test("losing a race to another buyer is explained, and the rest of the selection is kept", async ({
  page,
  browser,
  playwright,
}) => {
  const { showtimeId } = await scheduleShowtime(playwright);
  const email = await newMoviegoer(page);
  await signIn(page, email);
  await page.goto(`/showtimes/${showtimeId}`);
  const seats = page.locator('button[data-seat][aria-disabled="false"][aria-label*="standard"]');
  const contestedLabel = (await seats.nth(20).getAttribute("data-seat"))!;
  const keptLabel = (await seats.nth(21).getAttribute("data-seat"))!;
  const contested = page.locator(`button[data-seat="${contestedLabel}"]`);
  const kept = page.locator(`button[data-seat="${keptLabel}"]`);
  await contested.click();
  await kept.click();

  // A second browser takes one of the seats first.
  const rivalContext = await browser.newContext();
  const rival = await rivalContext.newPage();
  const rivalEmail = await newMoviegoer(rival);
  await signIn(rival, rivalEmail);
  await rival.goto(`/showtimes/${showtimeId}`);
  await rival.locator(`button[data-seat="${contestedLabel}"]`).click();
  await rival.getByRole("button", { name: "Hold 1 seat" }).click();
  await expect(rival.getByText("Seats held for")).toBeVisible();
  await rivalContext.close();

  await page.getByRole("button", { name: "Hold 2 seats" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`Sorry, ${contestedLabel} was just taken`);
  await expect(page.locator(`button[data-seat="${contestedLabel}"]`)).toHaveAttribute("aria-label", /taken$/);
  await expect(kept).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Hold 1 seat" })).toBeVisible();
  await page.getByRole("button", { name: "Hold 1 seat" }).click();
  await expect(page.getByText("Seats held for")).toBeVisible();
  await page.getByRole("button", { name: /Continue to payment/ }).click();
  await expect(page.getByText("Test payment — no money moves")).toBeVisible();
});
