// The bookings desk through its routes: one booking with its tickets,
// payment, refunds, messages and timeline; the confirmation sent again (once
// however often clicked within a minute, audited); and a showtime's or a
// day's bookings as CSV that a spreadsheet cannot be tricked into running.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { GET as desk } from "@/app/api/admin/bookings/[id]/route";
import { POST as resend } from "@/app/api/admin/bookings/[id]/resend/route";
import { POST as refund } from "@/app/api/admin/bookings/[id]/refund/route";
import { GET as exportCsv } from "@/app/api/admin/bookings/export.csv/route";
import { db } from "@/lib/db";
import { resendConfirmation } from "@/lib/services/bookings";
import {
  authHeaders,
  callRoute,
  makeCinemaWithHall,
  makeMovie,
  makeShowtime,
  makeUser,
  type TestHall,
  type TestUser,
} from "../helpers/fixtures";
import { bookSeats, paidBooking, type MadeBooking } from "../helpers/paid-bookings";
import { parse as parseCsv } from "csv-parse/sync";

let staff: TestUser;
let hall: TestHall;
let showtimeId: string;
let paid: MadeBooking;
let pending: MadeBooking;

before(async () => {
  staff = await makeUser({ role: "STAFF", name: "Desk Staff" });
  hall = await makeCinemaWithHall({ rows: 2, cols: 10 });
  // A title a spreadsheet would run as a formula.
  const film = await makeMovie({ title: '=HYPERLINK("http://evil.test","Click")' });
  showtimeId = (await makeShowtime(hall, { movieId: film.id })).id;
  paid = await paidBooking(showtimeId, [hall.seats[0].id, hall.seats[1].id]);
  pending = await bookSeats(showtimeId, [hall.seats[5].id]);
  const [first] = await db.ticket.findMany({ where: { bookingId: paid.id }, orderBy: { seatLabel: "asc" } });
  const response = await callRoute(refund, {
    url: `/api/admin/bookings/${paid.id}/refund`,
    headers: await authHeaders(staff),
    params: { id: paid.id },
    body: { ticketIds: [first.id] },
  });
  assert.equal(response.status, 200);
});

async function readDesk(id: string) {
  const response = await callRoute(desk, {
    url: `/api/admin/bookings/${id}`,
    headers: await authHeaders(staff),
    params: { id },
  });
  return { status: response.status, body: await response.json() };
}

test("a booking's page has its tickets, payment, refunds, messages and a timeline in order", async () => {
  const { status, body } = await readDesk(paid.id);
  assert.equal(status, 200);
  assert.equal(body.booking.reference, paid.reference);
  assert.deepEqual(
    body.booking.tickets.map((t: { seatLabel: string; voided: boolean }) => [t.seatLabel, t.voided]),
    [
      ["A1", true],
      ["A2", false],
    ],
  );
  assert.equal(body.payment.status, "partially_refunded");
  assert.equal(body.payment.amountRefundedCents, 1000);
  assert.deepEqual(
    body.refunds.map((r: { amountCents: number; status: string }) => [r.amountCents, r.status]),
    [[1000, "succeeded"]],
  );
  const templates = body.messages.map((m: { template: string }) => m.template);
  assert.ok(templates.includes("booking-confirmed") && templates.includes("booking-cancelled"), templates.join());
  const texts = body.timeline.map((e: { text: string }) => e.text);
  const order = ["Booked", "Paid", "Refund queued", "Refunded by staff"].map((start) =>
    texts.findIndex((text: string) => text.startsWith(start)),
  );
  assert.ok(
    order.every((i) => i >= 0),
    texts.join(" | "),
  );
  assert.ok(order[0] < order[1] && order[1] < order[2], texts.join(" | "));
  const staffEntry = body.timeline.find((e: { kind: string }) => e.kind === "staff");
  assert.equal(staffEntry.by, "Desk Staff");
  const times = body.timeline.map((e: { at: string }) => Date.parse(e.at));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => a - b),
  );

  assert.equal((await readDesk("no-such-booking")).status, 404);
});

test("resending the confirmation queues one e-mail with the valid tickets, audited; a double click is one", async () => {
  const send = async () =>
    callRoute(resend, {
      url: `/api/admin/bookings/${paid.id}/resend`,
      method: "POST",
      headers: await authHeaders(staff),
      params: { id: paid.id },
    });
  const [first, second] = await Promise.all([send(), send()]);
  assert.equal(first.status, 202);
  assert.equal(second.status, 202);
  assert.equal((await first.json()).recipient, paid.user.email);
  const resent = await db.outboxMessage.findMany({
    where: { dedupeKey: { startsWith: `booking-confirmed:${paid.id}:resend:` } },
  });
  assert.equal(resent.length, 1, "one message for two clicks in the same minute");
  const props = resent[0].payload as { tickets: { seatLabel: string }[] };
  assert.deepEqual(
    props.tickets.map((t) => t.seatLabel),
    ["A2"],
    "only the ticket still valid",
  );
  const audits = await db.auditLog.count({ where: { action: "booking.resend_confirmation", entityId: paid.id } });
  assert.equal(audits, 2, "each click is a staff action on record");
  // A minute later it is a new message.
  await resendConfirmation(staff.id, paid.id, new Date(Date.now() + 61_000));
  assert.equal(
    await db.outboxMessage.count({ where: { dedupeKey: { startsWith: `booking-confirmed:${paid.id}:resend:` } } }),
    2,
  );
  const { body } = await readDesk(paid.id);
  assert.ok(body.timeline.some((e: { text: string }) => e.text === "Confirmation e-mail sent again"));
});

test("a booking that was never paid has no confirmation to send", async () => {
  const response = await callRoute(resend, {
    url: `/api/admin/bookings/${pending.id}/resend`,
    method: "POST",
    headers: await authHeaders(staff),
    params: { id: pending.id },
  });
  assert.equal(response.status, 409);
});

async function csv(query: string) {
  const response = await callRoute(exportCsv, {
    url: `/api/admin/bookings/export.csv?${query}`,
    headers: await authHeaders(staff),
  });
  const bytes = response.ok ? Buffer.from(await response.arrayBuffer()) : Buffer.alloc(0);
  return { response, bytes, text: bytes.toString("utf8") };
}

test("a showtime's bookings as CSV: a header, one row per ticket, formulas defused", async () => {
  const { response, bytes, text } = await csv(`showtimeId=${showtimeId}`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get("content-type") ?? "", /^text\/csv/);
  assert.match(response.headers.get("content-disposition") ?? "", /attachment; filename="bookings-.*\.csv"/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "a byte-order mark, so spreadsheets read UTF-8");
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.equal(header[0], "Booking reference");
  assert.equal(rows.length, await db.ticket.count({ where: { showtimeId } }));
  const column = (name: string) => header.indexOf(name);
  const byTicket = rows.map((row) => [row[column("Seat")], row[column("Ticket")], row[column("Price")]]);
  assert.deepEqual(byTicket, [
    ["A1", "refunded", "10.00"],
    ["A2", "valid", "10.00"],
  ]);
  for (const row of rows) {
    assert.equal(row[column("Booking reference")], paid.reference);
    assert.equal(row[column("Film")], `'=HYPERLINK("http://evil.test","Click")`, "starts with a quote, not =");
    assert.ok(
      row.every((cell) => !/^[=+\-@]/.test(cell)),
      "no cell a spreadsheet would run",
    );
  }
  assert.ok(!text.includes("tk_"), "ticket codes open the door: not in a spreadsheet");
});

test("a day's bookings as CSV, and the questions it refuses", async () => {
  const showtime = await db.showtime.findUniqueOrThrow({ where: { id: showtimeId } });
  const day = showtime.startsAt.toISOString().slice(0, 10);
  const { response, text } = await csv(`date=${day}&cinemaId=${hall.cinemaId}`);
  assert.equal(response.status, 200);
  assert.equal(parseCsv(text.slice(1)).length, 3, "header and two tickets");
  assert.equal((await csv("")).response.status, 400, "neither showtime nor day");
  assert.equal((await csv(`showtimeId=${showtimeId}&date=${day}`)).response.status, 400, "not both");
  assert.equal((await csv("showtimeId=nope")).response.status, 404);
});
