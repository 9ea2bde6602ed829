import { test, expect, checkA11y, DEMO, newMoviegoer, scheduleShowtime, signIn } from "./fixtures";

test("staff add a film, draw a hall and schedule a series that moviegoers then find in the cinema's time zone", async ({
  page,
}) => {
  await signIn(page, DEMO.staff, undefined, "/admin");
  // A cinema of this test's own, in New York.
  const cinemaName = `E2E Harbor ${Date.now().toString(36)}`;
  const cinema = await page.request.post("/api/admin/cinemas", {
    data: {
      name: cinemaName,
      city: "New York",
      address: "1 Pier Street",
      timeZone: "America/New_York",
      currency: "USD",
    },
  });
  expect(cinema.status()).toBe(201);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await checkA11y(page);

  const title = `Harbour Ghosts ${Date.now()}`;
  await page.getByRole("navigation", { name: "Staff" }).getByRole("link", { name: "Films" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Genres (comma separated)").fill("Mystery, Drama");
  await page.getByLabel("Synopsis").fill("Fog rolls in, and so do the ghosts.");
  await page.getByLabel("Runtime (minutes)").fill("104");
  await page.getByLabel("Rating").fill("12A");
  await page.getByLabel("Release date").fill("2026-11-01");
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${title}` })).toBeVisible();
  await checkA11y(page);

  const hallName = `Studio ${Date.now() % 10000}`;
  await page.goto("/admin/halls/new");
  await page.getByLabel("Cinema").selectOption({ label: cinemaName });
  await page.getByLabel("Hall name").fill(hallName);
  await page.getByLabel("Rows", { exact: true }).fill("6");
  await page.getByLabel("Columns", { exact: true }).fill("10");
  await page.getByLabel("Aisle (empty)").check();
  for (const row of ["A", "B", "C", "D", "E", "F"])
    await page.getByRole("button", { name: `Row ${row}, column 5: standard` }).click();
  await page.getByLabel("Wheelchair").check();
  await page.getByRole("button", { name: "Row A, column 1: standard" }).click();
  await page.getByLabel("Companion").check();
  await page.getByRole("button", { name: "Row A, column 2: standard" }).click();
  await page.getByLabel("Couple").check();
  await page.getByRole("button", { name: "Row F, column 1: standard" }).click();
  await page.getByRole("button", { name: "Row F, column 2: standard" }).click();
  await expect(page.getByText("54 seats")).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: "Save hall" }).click();
  await expect(page.getByRole("heading", { name: "Halls" })).toBeVisible();
  await expect(page.getByRole("link", { name: hallName })).toBeVisible();

  await page.goto("/admin/showtimes");
  await page.getByRole("combobox", { name: "Film", exact: true }).selectOption({ label: title });
  await page
    .getByRole("combobox", { name: "Hall", exact: true })
    .selectOption({ label: `${cinemaName} · ${hallName} (54 seats)` });
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("First day").fill(from);
  await page.getByLabel("Last day").fill(to);
  await page.getByLabel("Times (comma separated)").fill("19:30");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled 7 showtimes" })).toBeVisible();
  // The same again clashes, and says with what.
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("main").getByRole("alert").filter({ hasText: title })).toBeVisible();
  await checkA11y(page);

  // A moviegoer (signed out) finds it on the film page at 19:30 New York time.
  await page.context().clearCookies();
  await page.goto("/search?q=Harbour%20Ghosts");
  await page.getByRole("heading", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(new RegExp(`${cinemaName} · times in E[SD]T`)).first()).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`^19:30, ${hallName}`) }).first()).toBeVisible();
  await checkA11y(page);
});

test("door check-in refuses an unknown code; the staff pages pass accessibility checks", async ({ page }) => {
  await signIn(page, DEMO.staff, undefined, "/admin/check-in");
  await page.getByLabel("Ticket code (scan or type)").fill("tk_not_a_real_code");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("No ticket has this code.")).toBeVisible();
  await checkA11y(page);
  await page.goto("/admin/messages");
  await expect(page.getByRole("heading", { name: "Messages" })).toBeVisible();
  await checkA11y(page);
  await page.goto("/admin/bookings");
  await checkA11y(page);
});

test("cancelling a showtime refunds its bookings with a progress bar staff can leave and come back to", async ({
  page,
  playwright,
}) => {
  const scheduled = await scheduleShowtime(playwright);
  // A moviegoer books and pays.
  await signIn(page, await newMoviegoer(page));
  const { seats } = await (await page.request.get(`/api/showtimes/${scheduled.showtimeId}/seats`)).json();
  const booked = await page.request.post("/api/booking/book", {
    headers: { "idempotency-key": `e2e-cancel-${scheduled.showtimeId}` },
    data: { showtimeId: scheduled.showtimeId, seatIds: [seats[0].id] },
  });
  expect(booked.status()).toBe(201);
  const { booking, checkoutUrl } = await booked.json();
  await page.goto(checkoutUrl);
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByRole("button", { name: /^Pay/ }).click();
  await expect(page.getByTestId("booking-status")).toHaveText("Confirmed", { timeout: 20_000 });

  // Staff cancel it; the schedule page shows the job's progress.
  await page.context().clearCookies();
  await signIn(page, DEMO.staff, undefined, "/admin");
  const cancelled = await page.request.post(`/api/admin/showtimes/${scheduled.showtimeId}/cancel`);
  expect(cancelled.status()).toBe(202);
  await page.goto("/admin/showtimes");
  const bar = page.getByRole("progressbar", { name: new RegExp(`Cancelling ${scheduled.filmTitle}`) });
  await expect(bar).toHaveAttribute("aria-valuemax", "1");
  await expect(bar).toHaveAttribute("aria-valuenow", "1", { timeout: 20_000 });
  const job = page.getByRole("listitem").filter({ hasText: scheduled.filmTitle });
  await expect(job.getByRole("status")).toHaveText("1 of 1 bookings · Done.");
  await checkA11y(page);

  // The moviegoer's booking is refunded.
  const found = await (await page.request.get(`/api/admin/bookings?q=${booking.reference}`)).json();
  expect(found.items[0].status).toBe("refunded");
});
