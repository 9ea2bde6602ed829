// Answers of the staff routes (/api/admin/*): catalogue, halls, schedule,
// bookings desk, door, messages, jobs, users, reports, audit.
import type { DescribedOperations } from "../described-operation";
import { answer, bool, dateTime, int, items, list, media, nullable, obj, oneOf, ref, str } from "../shapes";

const movie = answer("The film", obj({ movie: ref("Movie") }));
const cinema = (description: string) =>
  answer(
    description,
    obj({
      cinema: {
        allOf: [ref("Cinema")],
        properties: { orphanSeatRule: { type: "boolean" }, companionReleaseMinutes: { type: "integer" } },
      },
    }),
  );
const job = (description: string) => answer(description, obj({ job: ref("Job") }));
const ok = (description: string) => answer(description, obj({ ok: { const: true } }));
const staffUser = obj(
  {
    id: str,
    email: str,
    name: str,
    role: oneOf("CUSTOMER", "STAFF", "ADMIN"),
    disabledAt: nullable(dateTime),
    demo: { ...bool, description: "A demo account with the published password" },
    emailVerifiedAt: nullable(dateTime),
    createdAt: dateTime,
  },
  ["id", "email", "name", "role", "disabledAt"],
);
const hall = obj(
  {
    id: str,
    cinemaId: str,
    name: str,
    cleaningMinutes: int,
    cinema: obj({ name: str, timeZone: str, currency: str }),
    prices: list(obj({ seatType: str, amountCents: int })),
    layoutVersion: int,
    seatCount: int,
  },
  ["id", "cinemaId", "name", "cleaningMinutes"],
);
const filmTitleTaken = "conflict: another film has this title";

export const STAFF: DescribedOperations = {
  "GET /api/admin/movies": {
    summary: "Every film, archived ones too",
    answers: { "200": answer("Films", items(ref("Movie"))) },
  },
  "POST /api/admin/movies": {
    summary: "Add a film",
    answers: { "201": answer("Added", obj({ movie: ref("Movie") })) },
    refusals: { "409": filmTitleTaken },
  },
  "GET /api/admin/movies/:id": { summary: "One film, by id or slug", answers: { "200": movie } },
  "PATCH /api/admin/movies/:id": {
    summary: "Edit a film; send only the fields to change",
    answers: { "200": movie },
    refusals: { "409": filmTitleTaken },
  },
  "DELETE /api/admin/movies/:id": {
    summary: "Archive a film: off the catalogue, its bookings kept",
    answers: { "200": answer("Archived", obj({ movie: ref("Movie") })) },
  },
  "POST /api/admin/movies/:id/poster": {
    summary: "Upload a film's poster: PNG, JPEG or WebP, at most 2 MB",
    requestBody: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: obj({ poster: { type: "string", contentMediaType: "application/octet-stream" } }),
        },
      },
    },
    answers: { "200": answer("The film with its new posterUrl", obj({ movie: ref("Movie") })) },
    refusals: {
      "413": "payload_too_large: over 2 MB",
      "415": "unsupported_media_type: not multipart/form-data, or not a PNG, JPEG or WebP image",
    },
  },
  "GET /api/admin/cinemas": {
    summary: "Every cinema with its halls",
    answers: { "200": answer("Cinemas", items(ref("Cinema"))) },
  },
  "POST /api/admin/cinemas": {
    summary: "Add a cinema",
    answers: { "201": answer("Added", obj({ cinema: ref("Cinema") })) },
    refusals: { "409": "conflict: a cinema with this name already exists" },
  },
  "GET /api/admin/cinemas/:id": {
    summary: "A cinema with its seating rules",
    answers: { "200": cinema("The cinema") },
  },
  "PATCH /api/admin/cinemas/:id": {
    summary: "Edit a cinema: name, city, address, time zone, currency, seating rules; send only what changes",
    description: "Before and after are kept in the audit trail.",
    answers: { "200": cinema("The cinema as changed") },
    refusals: { "409": "conflict: the name is taken, or the currency changes while showtimes are on sale" },
  },
  "GET /api/admin/halls": {
    summary: "Halls with their seat counts and prices, of one cinema or all",
    answers: { "200": answer("Halls", items(hall)) },
  },
  "POST /api/admin/halls": {
    summary: "Add a hall with its drawn seat layout",
    description: "Seats are placed on the rows × cols grid; couple seats come in neighbouring pairs.",
    answers: { "201": answer("Added", obj({ hall, layout: ref("Layout") })) },
    refusals: { "404": "not_found: no such cinema", "409": "conflict: the cinema has a hall of this name" },
  },
  "PUT /api/admin/halls/:id/layout": {
    summary: "Save an edited layout as a new version; showtimes already scheduled keep theirs",
    answers: { "200": answer("The new version", obj({ layout: ref("Layout") })) },
  },
  "PUT /api/admin/halls/:id/prices": {
    summary: "Set the hall's default price per seat type, in its cinema's currency (ADMIN)",
    description: "Used by showtimes scheduled from now on; showtimes on sale keep their prices. Audited.",
    answers: { "200": ok("Saved") },
  },
  "GET /api/admin/showtimes": {
    summary: "The schedule, past showtimes included (at most 300)",
    answers: { "200": answer("Showtimes", items(ref("Showtime"))) },
  },
  "POST /api/admin/showtimes": {
    summary: "Schedule one showtime (startsAt) or a series (series: days, times, weekdays)",
    description:
      "Give either startsAt or series. Without prices the hall's apply; prices are ADMIN's alone. A showtime overlapping another in its hall, cleaning time included, is refused and names the clash; a series is scheduled whole or not at all.",
    answers: { "201": answer("Scheduled", items(ref("Showtime"))) },
    refusals: {
      "403": "forbidden: below STAFF, or prices sent by STAFF (prices are ADMIN's)",
      "404": "not_found: no such film or hall",
      "409": "showtime_overlap, naming the clashing showtime",
    },
  },
  "POST /api/admin/showtimes/:id/cancel": {
    summary: "Cancel a showtime: off sale at once, and a job that refunds and notifies every holder",
    answers: {
      "202": answer("The job; the same job while one runs", obj({ job: ref("Job") }), {
        location: "/api/admin/jobs/{id}",
      }),
    },
  },
  "GET /api/admin/bookings": {
    summary: "Search bookings by reference, e-mail or ticket code",
    answers: {
      "200": answer("Bookings", items({ allOf: [ref("Booking")], properties: { customerEmail: { type: "string" } } })),
    },
  },
  "GET /api/admin/bookings/export.csv": {
    summary: "A showtime's or a day's bookings as CSV, one row per ticket, streamed",
    description:
      "Give either showtimeId or date (with date, cinemaId narrows it to one cinema; days are each cinema's own). Cells that a spreadsheet would run as a formula are quoted.",
    answers: { "200": media("CSV with a header row", "text/csv") },
  },
  "GET /api/admin/bookings/:id": {
    summary: "One booking for the bookings desk: tickets, show, customer, payment, refunds, messages and timeline",
    answers: {
      "200": answer(
        "The booking and its story",
        obj(
          {
            booking: ref("Booking"),
            customer: nullable(obj({ id: str, name: str, email: str })),
            show: { type: "object" },
            payment: nullable({ type: "object" }),
            refunds: list({ type: "object" }),
            messages: list({ type: "object" }),
            timeline: list(obj({ at: dateTime }, ["at"])),
          },
          ["booking", "show", "refunds", "messages", "timeline"],
        ),
      ),
    },
  },
  "POST /api/admin/bookings/:id/resend": {
    summary: "Send the confirmation with the valid tickets again (a second click within a minute sends nothing more)",
    answers: {
      "202": answer(
        "Queued",
        obj({
          recipient: str,
          waitsForConfirmedAddress: { ...bool, description: "Sent once the customer confirms the address" },
        }),
      ),
    },
    refusals: { "409": "conflict: the booking has no valid tickets" },
  },
  "POST /api/admin/bookings/:id/refund": {
    summary: "Refund a booking, whole or some tickets (ticketIds)",
    answers: { "200": answer("Refunded", obj({ booking: ref("Booking") })) },
    refusals: { "409": "booking_not_refundable: nothing paid, already refunded, or none of those tickets" },
  },
  "POST /api/admin/check-in": {
    summary: "Admit a ticket at the door by its code, for one showtime if given",
    answers: {
      "200": answer(
        "Admitted: the film, time, seat and seat type, and the showtime's admitted/expected count",
        obj({
          outcome: { const: "admitted" },
          ticket: { type: "object" },
          show: { type: "object" },
          count: obj({ admitted: int, expected: int }),
        }),
      ),
    },
    refusals: {
      "404": "not_found: no ticket has this code",
      "409":
        "already_checked_in (when and by whom), ticket_refunded, or wrong_showtime (another show or day); each with the ticket's show and the count",
    },
  },
  "GET /api/admin/messages": {
    summary: "The notification log and development mailbox, newest first (at most 100)",
    answers: { "200": answer("Messages", items(ref("Message"))) },
  },
  "POST /api/admin/messages/:id/retry": {
    summary: "Queue a failed message again, with three more attempts",
    description: "A message that has not failed, or an unknown id, is answered alike and nothing changes.",
    answers: { "200": ok("Queued again, if it had failed") },
    refusals: { "404": null },
  },
  "GET /api/admin/jobs": {
    summary: "Recent staff jobs (showtime cancellations) with their progress, running ones first",
    answers: { "200": answer("Jobs", items(ref("Job"))) },
  },
  "GET /api/admin/jobs/:id": {
    summary: "A staff job and its progress: done of total, errors",
    answers: { "200": job("The job") },
  },
  "POST /api/admin/jobs/:id/resume": {
    summary: "Run a failed job again over the bookings it could not finish",
    answers: { "200": job("Queued again") },
    refusals: { "409": "conflict: only a failed job can be resumed" },
  },
  "GET /api/admin/users": {
    summary: "Find accounts by e-mail or name, newest first (ADMIN)",
    answers: { "200": answer("Accounts", items(staffUser)) },
  },
  "PATCH /api/admin/users/:id": {
    summary: "Change a role or disable an account; its sessions and tokens stop at once (ADMIN)",
    answers: {
      "200": answer(
        "The account as changed",
        obj({ user: obj({ id: str, email: str, name: str, role: str, disabledAt: nullable(dateTime) }) }),
      ),
    },
  },
  "GET /api/admin/reports/sales": {
    summary: "Revenue, tickets and occupancy of the shows on some days, in each cinema's zone and currency",
    description:
      "Money is never added across currencies. Without from and to: the last seven days; at most 400 days, from not after to.",
    answers: {
      "200": answer(
        "The report",
        obj({
          currencies: list(obj({ currency: str, grossCents: int, refundedCents: int, netCents: int, tickets: int })),
          days: list(obj({ date: str, currency: str, grossCents: int, tickets: int })),
          films: list(
            obj({
              movieId: str,
              title: str,
              tickets: int,
              grossCents: int,
              occupancy: { type: "number", minimum: 0, maximum: 1 },
            }),
          ),
          showtimes: list(obj({ id: str, startsAt: str, seatsTotal: int, seatsSold: int })),
        }),
      ),
    },
    refusals: { "404": "not_found: no such cinema" },
  },
  "GET /api/admin/audit": {
    summary: "The audit trail: who did what, when, before and after; newest first (ADMIN)",
    description: "Page back with `before` set to the oldest `at` seen.",
    answers: {
      "200": answer(
        "Entries",
        items(
          obj({
            id: str,
            at: dateTime,
            actor: nullable(str),
            actorName: nullable(str),
            action: str,
            entity: str,
            entityId: nullable(str),
            before: { description: "What the action changed, as it was (any JSON; null when it created it)" },
            after: { description: "What the action changed, as it became (any JSON; null when it removed it)" },
          }),
        ),
      ),
    },
  },
};
