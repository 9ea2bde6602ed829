import fs from "node:fs";
import {
  test,
  expect,
  buyTickets,
  checkA11y,
  DEMO,
  type PaidBooking,
  parseCsv,
  scheduleShowtime,
  signIn,
  withDatabase,
} from "./fixtures";

const localDay = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(at);
const money = (cents: number, currency: string) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);

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
  await expect(page.getByRole("link", { name: hallName, exact: true })).toBeVisible();

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

test("cancelling a showtime with three paid bookings refunds each once, with a progress bar staff can leave and come back to", async ({
  page,
  browser,
  playwright,
}) => {
  const scheduled = await scheduleShowtime(playwright);
  // Three moviegoers book and pay.
  const paid: PaidBooking[] = [];
  for (const seats of [1, 2, 1]) paid.push(await buyTickets(browser, scheduled.showtimeId, seats));

  // Staff cancel it; the schedule page shows the job's progress.
  await signIn(page, DEMO.staff, undefined, "/admin");
  const cancelled = await page.request.post(`/api/admin/showtimes/${scheduled.showtimeId}/cancel`);
  expect(cancelled.status()).toBe(202);
  await page.goto("/admin/showtimes");
  const bar = page.getByRole("progressbar", { name: new RegExp(`Cancelling ${scheduled.filmTitle}`) });
  await expect(bar).toHaveAttribute("aria-valuemax", "3");
  await expect(bar).toHaveAttribute("aria-valuenow", "3", { timeout: 30_000 });
  const job = page.getByRole("listitem").filter({ hasText: scheduled.filmTitle });
  await expect(job.getByRole("status")).toHaveText("3 of 3 bookings · Done.");
  await checkA11y(page);

  // Cancelling again, after leaving, finds no booking left to refund.
  const again = await page.request.post(`/api/admin/showtimes/${scheduled.showtimeId}/cancel`);
  expect(again.status()).toBe(202);
  expect((await again.json()).job.total).toBe(0);

  // Every booking refunded in full, by exactly one refund.
  const refunds = async () =>
    withDatabase(async (db) => {
      const { rows } = await db.query<{ booking_id: string; paid: number; refunded: number; refunds: number }>(
        `SELECT p.booking_id, p.amount_cents AS paid, p.amount_refunded_cents AS refunded,
                (SELECT count(*)::int FROM "payments"."refunds" r WHERE r.payment_id = p.id) AS refunds
           FROM "payments"."payments" p WHERE p.booking_id = ANY($1) ORDER BY p.booking_id`,
        [paid.map((booking) => booking.id)],
      );
      return rows.map((row) => ({ refunds: row.refunds, whole: row.refunded === row.paid }));
    });
  await expect.poll(refunds, { timeout: 20_000 }).toEqual(paid.map(() => ({ refunds: 1, whole: true })));
  for (const booking of paid) {
    const found = await (await page.request.get(`/api/admin/bookings?q=${booking.reference}`)).json();
    expect(found.items[0].status).toBe("refunded");
  }

  // One booking's page tells it: refunded, one refund, the showtime cancelled.
  await page.goto(`/admin/bookings/${paid[1].id}`);
  await expect(page.getByTestId("booking-status")).toHaveText("refunded");
  await expect(page.getByRole("region", { name: "Payment" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("(showtime cancelled)")).toBeVisible();
});

test("the dashboard on the demo history: one cinema, the last week, figures that match the bookings, a table behind each chart", async ({
  page,
}) => {
  // The demo cinema with the most shows this past week: chosen from the data, not from where it sits in a list.
  const cinema = await withDatabase(async (db) => {
    const { rows } = await db.query<{ id: string; name: string; time_zone: string; currency: string }>(
      `SELECT c.id, c.name, c.time_zone, c.currency
         FROM "showtimes"."showtimes" s JOIN "showtimes"."cinemas" c ON c.id = s.cinema_id
        WHERE s.starts_at BETWEEN now() - interval '8 days' AND now()
        GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
    );
    return rows[0];
  });
  expect(cinema, "the demo has a past").toBeTruthy();

  await signIn(page, DEMO.staff, undefined, "/admin");
  await page.getByRole("combobox", { name: "Cinema" }).selectOption(cinema.id);
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL(/cinemaId=/);
  await page.getByRole("navigation", { name: "Quick ranges" }).getByRole("link", { name: "Last 7 days" }).click();
  await expect(
    page.getByRole("navigation", { name: "Quick ranges" }).getByRole("link", { name: "Last 7 days" }),
  ).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("combobox", { name: "Cinema" })).toHaveValue(cinema.id);
  const from = await page.getByLabel("From", { exact: true }).inputValue();
  const to = await page.getByLabel("To", { exact: true }).inputValue();

  // The same figures from the rows: each show's day in the cinema's own zone, money as the payments took and gave back.
  const expected = await withDatabase(async (db) => {
    const { rows: shows } = await db.query<{ id: string; starts_at: Date }>(
      `SELECT id, starts_at FROM "showtimes"."showtimes"
        WHERE cinema_id = $1 AND starts_at BETWEEN $2::date - 2 AND $3::date + 2`,
      [cinema.id, from, to],
    );
    const dayOf = new Map(
      shows
        .map((show) => [show.id, localDay(show.starts_at, cinema.time_zone)] as const)
        .filter(([, day]) => day >= from && day <= to),
    );
    const ids = [...dayOf.keys()];
    const { rows: payments } = await db.query<{
      showtime_id: string;
      status: string;
      amount: number;
      refunded: number;
    }>(
      `SELECT b.showtime_id, p.status, p.amount_cents AS amount, p.amount_refunded_cents AS refunded
         FROM "bookings"."bookings" b JOIN "payments"."payments" p ON p.booking_id = b.id
        WHERE b.showtime_id = ANY($1)`,
      [ids],
    );
    const { rows: tickets } = await db.query<{ showtime_id: string }>(
      `SELECT showtime_id FROM "bookings"."tickets" WHERE showtime_id = ANY($1) AND voided_at IS NULL`,
      [ids],
    );
    const days = new Map<string, { gross: number; refunded: number; tickets: number }>();
    const day = (showtimeId: string) => {
      const key = dayOf.get(showtimeId)!;
      return days.get(key) ?? days.set(key, { gross: 0, refunded: 0, tickets: 0 }).get(key)!;
    };
    for (const payment of payments)
      if (["PAID", "PARTIALLY_REFUNDED", "REFUNDED"].includes(payment.status)) {
        day(payment.showtime_id).gross += payment.amount;
        day(payment.showtime_id).refunded += payment.refunded;
      }
    for (const ticket of tickets) day(ticket.showtime_id).tickets++;
    const total = [...days.values()].reduce(
      (sum, d) => ({
        gross: sum.gross + d.gross,
        refunded: sum.refunded + d.refunded,
        tickets: sum.tickets + d.tickets,
      }),
      { gross: 0, refunded: 0, tickets: 0 },
    );
    return { days, total };
  });
  expect(expected.total.gross, "the demo sold something last week").toBeGreaterThan(0);

  const { currency } = cinema;
  await expect(page.getByTestId(`gross-${currency}`)).toHaveText(money(expected.total.gross, currency));
  await expect(page.getByTestId(`refunds-${currency}`)).toHaveText(money(expected.total.refunded, currency));
  await expect(page.getByTestId(`net-${currency}`)).toHaveText(
    money(expected.total.gross - expected.total.refunded, currency),
  );
  await expect(page.getByTestId(`tickets-${currency}`)).toHaveText(expected.total.tickets.toLocaleString("en-GB"));
  await expect(page.locator("[data-testid^='totals-']"), "one cinema, one currency").toHaveCount(1);

  // Every chart is a picture with a name and the same figures as a table behind it.
  const figures = page.getByRole("figure");
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(7);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await expect(figure.getByRole("img")).toHaveAttribute("aria-label", /\S/);
    await expect(figure.locator("details > summary")).toHaveText("Show the figures as a table");
  }

  // The revenue table, opened from the keyboard, day by day to the cent.
  const revenue = page.getByRole("figure", { name: `Revenue by day (${currency})` });
  await revenue.getByText("Show the figures as a table").focus();
  await page.keyboard.press("Enter");
  const rows = revenue.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(7);
  // Every day of the week, the quiet ones too, in order.
  const week = Array.from({ length: 7 }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );
  expect(week.at(-1)).toBe(to);
  const want = week.map((date) => {
    const d = expected.days.get(date) ?? { gross: 0, refunded: 0, tickets: 0 };
    return [
      money(d.gross, currency),
      money(d.refunded, currency),
      money(d.gross - d.refunded, currency),
      String(d.tickets),
    ];
  });
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  expect(shown).toEqual(want);

  await expect(page.getByRole("heading", { name: "Today and tomorrow" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "How early people buy" })).toBeVisible();
});

test("the bookings desk: a booking's page with its tickets and timeline, the confirmation sent again, the CSV read back", async ({
  page,
  browser,
  playwright,
}) => {
  const scheduled = await scheduleShowtime(playwright);
  const paid = await buyTickets(browser, scheduled.showtimeId, 2);

  await signIn(page, DEMO.staff, undefined, `/admin/bookings?q=${paid.reference}`);
  await page.getByRole("link", { name: paid.reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Booking ${paid.reference}` })).toBeVisible();
  await expect(page.getByTestId("booking-status")).toHaveText("confirmed");
  const tickets = page.getByRole("table", { name: "Tickets" }).locator("tbody tr");
  await expect(tickets).toHaveCount(2);
  const timeline = page.getByTestId("timeline");
  await expect(timeline.getByText("Paid: booking confirmed, tickets issued")).toBeVisible();

  await page.getByRole("button", { name: "Resend confirmation" }).click();
  await expect(page.getByText(`Sent again to ${paid.email}.`)).toBeVisible();
  await expect(timeline.getByText("Confirmation e-mail sent again")).toBeVisible();
  await expect(page.getByRole("region", { name: "Messages" }).getByRole("listitem")).not.toHaveCount(0);
  await checkA11y(page);

  // The showtime's bookings as a spreadsheet: one row per ticket, this booking's two seats.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export the showtime's bookings (CSV)" }).click(),
  ]);
  const [header, ...rows] = parseCsv(fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""));
  const column = (name: string) => header.indexOf(name);
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(row[column("Booking reference")]).toBe(paid.reference);
    expect(row[column("Ticket")]).toBe("valid");
  }

  // At the door today, a ticket for a show three days out is turned away, in words and colour.
  const code = await withDatabase(
    async (db) =>
      (
        await db.query<{ code: string }>(
          `SELECT code FROM "bookings"."tickets" WHERE booking_id = $1 ORDER BY seat_label LIMIT 1`,
          [paid.id],
        )
      ).rows[0].code,
  );
  await page.goto("/admin/check-in");
  await page.getByLabel("Ticket code (scan or type)").fill(code);
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  const door = page.getByTestId("door-result");
  await expect(door).toHaveAttribute("data-outcome", /^wrong_(day|showtime)$/);
  await expect(door).toContainText(scheduled.filmTitle);
  await checkA11y(page);

  // The day's bookings of this cinema from the bookings page's form: the same two tickets.
  const startsAt = await withDatabase(
    async (db) =>
      (
        await db.query<{ starts_at: Date }>(`SELECT starts_at FROM "showtimes"."showtimes" WHERE id = $1`, [
          scheduled.showtimeId,
        ])
      ).rows[0].starts_at,
  );
  await page.goto("/admin/bookings");
  const form = page.getByRole("form", { name: "Export a day's bookings" });
  await form.getByLabel("Day").fill(localDay(startsAt, "Europe/London"));
  await form.getByRole("combobox", { name: "Cinema" }).selectOption({ label: scheduled.cinemaName });
  const [day] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: "Download the day's bookings (CSV)" }).click(),
  ]);
  const [, ...dayRows] = parseCsv(fs.readFileSync(await day.path(), "utf8").replace(/^\uFEFF/, ""));
  expect(dayRows.map((row) => row[column("Booking reference")])).toEqual([paid.reference, paid.reference]);
});

test("an administrator edits a cinema and a hall's prices, schedules at them and with an override, and reads it all in the audit trail", async ({
  page,
  playwright,
}) => {
  const scheduled = await scheduleShowtime(playwright);
  await signIn(page, DEMO.admin, undefined, "/admin/cinemas");
  await page.getByRole("link", { name: `Edit ${scheduled.cinemaName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: scheduled.cinemaName })).toBeVisible();
  await page.getByLabel("Address").fill("2 New Street");
  await page.getByLabel("Companion seats open to all (minutes before the show)").fill("45");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved ${scheduled.cinemaName}.` })).toBeVisible();
  await checkA11y(page);

  await page.getByRole("link", { name: "prices", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Prices:/ })).toBeVisible();
  await page.getByLabel("Standard", { exact: true }).fill("8,75");
  await page.getByRole("button", { name: "Save prices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Prices saved" })).toBeVisible();
  await checkA11y(page);

  // Two new showtimes: one at the hall's new price, one with a price of its own.
  // Each showtime of the hall, by start, at its standard seats' price (read from its seat map).
  const prices = () =>
    withDatabase(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM "showtimes"."showtimes" WHERE hall_id = $1 ORDER BY starts_at`,
        [scheduled.hallId],
      );
      return Promise.all(
        rows.map(async ({ id }) => {
          const { seats } = await (await page.request.get(`/api/showtimes/${id}/seats`)).json();
          return seats[0].amountCents as number;
        }),
      );
    });
  await page.goto("/admin/showtimes");
  const schedule = async (daysAhead: number, showtimesAfter: number, standard?: string) => {
    await page.getByRole("combobox", { name: "Film", exact: true }).selectOption({ label: scheduled.filmTitle });
    await page
      .getByRole("combobox", { name: "Hall", exact: true })
      .selectOption({ label: `${scheduled.cinemaName} · Screen 1 (72 seats)` });
    // The hall's own price, in grey, is what an empty field sells at.
    await expect(page.getByLabel("Standard", { exact: true })).toHaveAttribute("placeholder", "8.75");
    const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("First day").fill(day);
    await page.getByLabel("Last day").fill(day);
    await page.getByLabel("Times (comma separated)").fill("20:00");
    await page.getByLabel("Standard", { exact: true }).fill(standard ?? "");
    await page.getByRole("button", { name: "Schedule" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scheduled 1 showtime" })).toBeVisible();
    // The message of the one before looks the same: the showtime itself is what counts.
    await expect.poll(async () => (await prices()).length).toBe(showtimesAfter);
  };
  await schedule(5, 2);
  await schedule(6, 3, "6.50");
  const [onSale, ...fresh] = await prices();
  expect(fresh, "the new showtimes sell at the new price, and at their own").toEqual([875, 650]);
  expect(onSale, "the showtime already on sale keeps its price").toBe(1200);

  // Who changed what, before and after.
  await page.goto("/admin/audit");
  await page.getByLabel("What kind").selectOption("cinema");
  await page.getByLabel("Its id").fill(scheduled.cinemaId);
  await page.getByRole("button", { name: "Filter" }).click();
  const entry = page.getByRole("row").filter({ hasText: "cinema.update" });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(DEMO.admin);
  await expect(entry.getByRole("deletion").filter({ hasText: "1 Test Street" })).toBeVisible();
  await expect(entry.getByRole("insertion").filter({ hasText: "2 New Street" })).toBeVisible();
  await page.getByLabel("What kind").selectOption("hall");
  await page.getByLabel("Its id").fill(scheduled.hallId);
  await page.getByRole("button", { name: "Filter" }).click();
  const prices875 = page.getByRole("row").filter({ hasText: "hall.prices" });
  await expect(prices875.getByRole("insertion").filter({ hasText: "875" })).toBeVisible();
  await checkA11y(page);

  // The trail is an administrator's: staff are turned away.
  await page.context().clearCookies();
  await signIn(page, DEMO.staff, undefined, "/admin");
  const refused = await page.goto("/admin/audit");
  expect(refused?.status()).toBe(403);
});
