// The REST contract (shared API.md) as an OpenAPI 3.1 document, served at
// GET /api/openapi.json. Paths, methods and status codes mirror the route
// files; a test checks that every documented path has a route and back.

type Json = Record<string, unknown>;

const problem = { $ref: "#/components/schemas/Problem" };
const answer = (description: string, schema?: Json) =>
  schema ? { description, content: { "application/json": { schema } } } : { description };
const failure = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problem } },
});
const body = (schema: Json, required = true) => ({ required, content: { "application/json": { schema } } });
const obj = (properties: Record<string, Json>, required: string[] = Object.keys(properties)): Json => ({
  type: "object",
  properties,
  required,
});
const str: Json = { type: "string" };
const int: Json = { type: "integer" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const pathId = (name = "id") => ({ name, in: "path", required: true, schema: str });
const query = (name: string, schema: Json = str, description?: string) => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});

const signedIn = [{ bearer: [] }, { session: [] }];
const authErrors = { "401": failure("No or bad credentials (unauthenticated)") };
const staffErrors = { ...authErrors, "403": failure("Signed in without the STAFF or ADMIN role (forbidden)") };
const invalid = { "400": failure("Invalid input (validation_failed, with errors)") };
const missing = { "404": failure("Unknown id (not_found)") };
const checkYourEmail = obj({ status: { const: "check_your_email" } });

export function openApiDocument(serverUrl: string): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Cinema booking API",
      version: "1.0.0",
      description:
        "Browse films and showtimes, hold seats, book and pay, and run a cinema. Money is integer minor units with a currency; times are ISO 8601 UTC. Every error is application/problem+json with a stable `code`. Request bodies are JSON sent as application/json (else 415 unsupported_media_type), at most 1 MB (413) and 64 levels deep; strings may not hold control characters. Every answer carries `x-request-id` (the caller's, or a new one).",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "From POST /api/auth/token" },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The browser's Auth.js session",
        },
      },
      schemas: {
        Problem: obj(
          {
            type: str,
            title: str,
            status: int,
            code: { type: "string", description: "Stable snake_case code, e.g. seats_unavailable" },
            detail: str,
            errors: { type: "array", items: obj({ path: str, message: str }) },
            requestId: { type: "string", description: "On internal_error (500): quote it when reporting the problem" },
          },
          ["type", "title", "status", "code", "detail"],
        ),
        User: obj(
          {
            id: str,
            email: { type: "string", format: "email" },
            name: str,
            role: { enum: ["CUSTOMER", "STAFF", "ADMIN"] },
            emailVerified: { type: "boolean", description: "Tickets wait until the address is confirmed" },
          },
          ["id", "email", "name", "role"],
        ),
        Movie: obj(
          {
            id: str,
            slug: str,
            title: str,
            genres: { type: "array", items: str },
            runtimeMin: int,
            rating: str,
            posterUrl: { type: ["string", "null"] },
            synopsis: str,
            status: str,
          },
          ["id", "slug", "title", "genres", "runtimeMin", "rating", "posterUrl"],
        ),
        Showtime: obj({
          id: str,
          movieId: str,
          cinemaId: str,
          hallId: str,
          startsAt: { type: "string", format: "date-time" },
          endsAt: { type: "string", format: "date-time" },
          format: str,
          language: str,
        }),
        Cinema: obj({ id: str, name: str, city: str, timeZone: str, currency: str }, ["id", "name", "city"]),
        Price: obj({ seatType: str, amountCents: int, currency: str }),
        Seat: obj({
          id: str,
          label: str,
          row: int,
          col: int,
          type: str,
          status: { enum: ["available", "held", "sold", "held_by_you"] },
          amountCents: int,
        }),
        Hold: obj({
          holdId: str,
          showtimeId: str,
          seatIds: { type: "array", items: str },
          expiresAt: { type: "string", format: "date-time" },
        }),
        Ticket: obj({ id: str, seatLabel: str, code: str }),
        Booking: obj(
          {
            id: str,
            reference: str,
            status: { enum: ["pending_payment", "confirmed", "expired", "cancelled", "refunded"] },
            amountCents: int,
            currency: str,
            expiresAt: { type: "string", format: "date-time" },
            tickets: { type: "array", items: ref("Ticket") },
            payment: obj({ provider: str, checkoutSessionId: str, status: str }),
          },
          ["id", "reference", "status", "amountCents", "currency"],
        ),
        Job: obj({
          id: str,
          kind: { enum: ["cancel_showtime"] },
          params: { type: "object" },
          status: { enum: ["queued", "running", "done", "failed"] },
          done: int,
          total: int,
          errors: { type: "array", items: obj({ bookingId: str, message: str }) },
          createdAt: { type: "string", format: "date-time" },
          finishedAt: { type: ["string", "null"], format: "date-time" },
        }),
      },
    },
    paths: {
      "/api/users/register": {
        post: {
          summary: "Open a moviegoer account",
          description:
            "Answers alike whether or not the address already has an account, so it can't reveal who has one: 201 with an account of the same shape (for a known address a stand-in whose id leads nowhere); a new address gets a confirmation link, the owner of an existing account an e-mail saying someone tried. Then sign in with POST /api/auth/token.",
          requestBody: body(
            obj({ email: { type: "string", format: "email" }, password: { type: "string", minLength: 10 }, name: str }),
          ),
          responses: {
            "201": answer("Signed up (or, for a known address, answered alike)", obj({ user: ref("User") })),
            ...invalid,
            "429": failure("rate_limited"),
          },
        },
      },
      "/api/users/verify-email": {
        post: {
          summary: "Confirm an address with the token of its e-mailed link (single use)",
          requestBody: body(obj({ token: str })),
          responses: {
            "200": answer("Confirmed; tickets that waited for it are sent", obj({ status: { const: "verified" } })),
            ...invalid,
            "401": failure("invalid_token: unknown, used or expired link"),
          },
        },
      },
      "/api/users/me/verification": {
        post: {
          summary: "Send the signed-in user a new confirmation link",
          security: signedIn,
          responses: {
            "202": answer("Sent", obj({ status: { const: "sent" } })),
            "200": answer("Already confirmed", obj({ status: { const: "already_verified" } })),
            ...authErrors,
            "429": failure("rate_limited"),
          },
        },
      },
      "/api/users/me/sessions": {
        get: {
          summary: "The caller's signed-in browsers and apps",
          security: signedIn,
          responses: {
            "200": answer(
              "Live sessions, most recently used first",
              obj({
                items: {
                  type: "array",
                  items: obj(
                    {
                      id: str,
                      kind: { enum: ["BROWSER", "APP"] },
                      userAgent: { type: ["string", "null"] },
                      ipAddress: { type: ["string", "null"] },
                      createdAt: { type: "string", format: "date-time" },
                      lastSeenAt: { type: "string", format: "date-time" },
                      current: { type: "boolean", description: "The session of this request" },
                    },
                    ["id", "kind", "createdAt", "lastSeenAt", "current"],
                  ),
                },
              }),
            ),
            ...authErrors,
          },
        },
        delete: {
          summary: "Sign out everywhere: every browser and app, this one included",
          security: signedIn,
          responses: { "204": answer("Signed out everywhere"), ...authErrors },
        },
      },
      "/api/users/me/sessions/{id}": {
        delete: {
          summary: "Sign one browser or app out",
          security: signedIn,
          parameters: [pathId()],
          responses: { "204": answer("Signed out"), ...authErrors, ...missing },
        },
      },
      "/api/users/password-reset": {
        post: {
          summary: "E-mail a password reset link, valid once for 30 minutes",
          description: "The same answer, as fast, whether or not the address has an account.",
          requestBody: body(obj({ email: { type: "string", format: "email" } })),
          responses: { "202": answer("Check your e-mail", checkYourEmail), ...invalid, "429": failure("rate_limited") },
        },
      },
      "/api/users/password-reset/confirm": {
        post: {
          summary: "Set a new password with a reset link's token; ends every session and token",
          requestBody: body(obj({ token: str, password: { type: "string", minLength: 10 } })),
          responses: {
            "200": answer("Password changed", obj({ status: { const: "password_changed" } })),
            ...invalid,
            "401": failure("invalid_token: unknown, used or expired link"),
          },
        },
      },
      "/api/auth/token": {
        post: {
          summary: "Exchange e-mail and password for a bearer token (mobile apps)",
          requestBody: body(obj({ email: str, password: str })),
          responses: {
            "200": answer(
              "Token",
              obj({ accessToken: str, tokenType: { const: "Bearer" }, expiresIn: int, refreshToken: str }, [
                "accessToken",
                "tokenType",
                "expiresIn",
              ]),
            ),
            ...invalid,
            "401": failure("invalid_credentials"),
            "429": failure("rate_limited"),
          },
        },
      },
      "/api/auth/token/refresh": {
        post: {
          summary: "Rotate a refresh token for a new token pair",
          requestBody: body(obj({ refreshToken: str })),
          responses: { "200": answer("Token pair"), ...invalid, "401": failure("invalid_token") },
        },
      },
      "/api/auth/token/revoke": {
        post: {
          summary: "Revoke a refresh token and its family",
          requestBody: body(obj({ refreshToken: str })),
          responses: { "204": answer("Revoked"), ...invalid },
        },
      },
      "/api/users/me": {
        get: {
          summary: "The signed-in user",
          security: signedIn,
          responses: { "200": answer("The user", obj({ user: ref("User") })), ...authErrors },
        },
      },
      "/api/movies": {
        get: {
          summary: "The film catalogue",
          parameters: [
            query("q", str, "Title search"),
            query("genre"),
            query("status", { enum: ["now_showing", "coming_soon"] }),
          ],
          responses: { "200": answer("Films", obj({ items: { type: "array", items: ref("Movie") } })), ...invalid },
        },
      },
      "/api/movies/{id}": {
        get: {
          summary: "One film, by id or slug",
          parameters: [pathId()],
          responses: { "200": answer("The film", obj({ movie: ref("Movie") })), ...missing },
        },
      },
      "/api/showtimes": {
        get: {
          summary: "Showtimes, filtered",
          parameters: [
            query("movieId"),
            query("cinemaId"),
            query("date", { type: "string", format: "date" }, "YYYY-MM-DD in the cinema's time zone"),
          ],
          responses: {
            "200": answer("Showtimes", obj({ items: { type: "array", items: ref("Showtime") } })),
            ...invalid,
          },
        },
      },
      "/api/showtimes/{id}": {
        get: {
          summary: "One showtime with its film, cinema, hall and prices",
          parameters: [pathId()],
          responses: {
            "200": answer(
              "The showtime",
              obj({
                showtime: ref("Showtime"),
                movie: ref("Movie"),
                cinema: ref("Cinema"),
                hall: obj({ id: str, name: str }),
                prices: { type: "array", items: ref("Price") },
              }),
            ),
            ...missing,
          },
        },
      },
      "/api/showtimes/{id}/seats": {
        get: {
          summary: "The live seat map; held_by_you marks the caller's holds",
          parameters: [pathId()],
          responses: {
            "200": answer("Seat map", obj({ rows: int, cols: int, seats: { type: "array", items: ref("Seat") } })),
            ...missing,
          },
        },
      },
      "/api/cinemas": {
        get: {
          summary: "Cinemas",
          responses: { "200": answer("Cinemas", obj({ items: { type: "array", items: ref("Cinema") } })) },
        },
      },
      "/api/seats/hold": {
        post: {
          summary: "Hold seats of one showtime, all or none",
          security: signedIn,
          requestBody: body(
            obj({ showtimeId: str, seatIds: { type: "array", items: str, minItems: 1, maxItems: 10 } }),
          ),
          responses: {
            "201": answer("Held", ref("Hold")),
            ...invalid,
            ...authErrors,
            "409": failure(
              "seats_unavailable (with seatIds taken), showtime_not_on_sale, orphan_seat, seat_rules, too_many_seats",
            ),
            "429": failure("rate_limited"),
          },
        },
      },
      "/api/seats/hold/{holdId}": {
        delete: {
          summary: "Release a hold",
          security: signedIn,
          parameters: [pathId("holdId")],
          responses: { "204": answer("Released"), ...authErrors, ...missing },
        },
      },
      "/api/booking/book": {
        post: {
          summary: "Book held seats (holdId) or seats directly (showtimeId, seatIds) and get a checkout URL",
          security: signedIn,
          parameters: [{ name: "Idempotency-Key", in: "header", required: true, schema: str }],
          requestBody: body({
            oneOf: [obj({ holdId: str }), obj({ showtimeId: str, seatIds: { type: "array", items: str } })],
          }),
          responses: {
            "201": answer(
              "Booking pending payment",
              obj({ booking: ref("Booking"), checkoutUrl: { type: "string", format: "uri" } }),
            ),
            ...invalid,
            ...authErrors,
            "409": failure("idempotency_conflict, hold_expired, seats_unavailable, …"),
            "429": failure("rate_limited: too many bookings from this account or address"),
            "503": failure("sales_closed: no payment provider is configured"),
          },
        },
      },
      "/api/booking": {
        get: {
          summary: "The caller's bookings",
          security: signedIn,
          responses: {
            "200": answer("Bookings", obj({ items: { type: "array", items: ref("Booking") } })),
            ...authErrors,
          },
        },
      },
      "/api/booking/{id}": {
        get: {
          summary: "One of the caller's bookings with tickets and payment",
          security: signedIn,
          parameters: [pathId()],
          responses: { "200": answer("Booking", obj({ booking: ref("Booking") })), ...authErrors, ...missing },
        },
      },
      "/api/booking/{id}/cancel": {
        post: {
          summary: "Cancel under the cancellation policy, refunding the payment",
          security: signedIn,
          parameters: [pathId()],
          responses: {
            "200": answer("Cancelled", obj({ booking: ref("Booking") })),
            ...authErrors,
            ...missing,
            "409": failure("cancellation_not_allowed, with the reason"),
          },
        },
      },
      "/api/payments/webhook": {
        post: {
          summary: "Stripe's signed events; each event id is processed once",
          parameters: [{ name: "Stripe-Signature", in: "header", required: true, schema: str }],
          requestBody: body({ type: "object" }),
          responses: { "200": answer("Received"), "400": failure("invalid_signature") },
        },
      },
      "/api/admin/movies": { get: staffList("Films"), post: staffCreate("Create a film") },
      "/api/admin/cinemas": { get: staffList("Cinemas"), post: staffCreate("Create a cinema") },
      "/api/admin/halls": { get: staffList("Halls"), post: staffCreate("Create a hall with its seat layout") },
      "/api/admin/showtimes": {
        get: staffList("Showtimes"),
        post: staffCreate("Create a showtime or a series", {
          "403": failure("forbidden: below STAFF, or prices sent by STAFF (prices are ADMIN's)"),
          "409": failure("showtime_overlap, naming the clashing showtime"),
        }),
      },
      "/api/admin/showtimes/{id}/cancel": {
        post: {
          summary: "Cancel a showtime: takes it off sale and starts the job that refunds and notifies every holder",
          security: signedIn,
          parameters: [pathId()],
          responses: {
            "202": answer(
              "The job (Location: /api/admin/jobs/{id}); the same job while one runs",
              obj({ job: ref("Job") }),
            ),
            ...staffErrors,
            ...missing,
          },
        },
      },
      "/api/admin/jobs": {
        get: {
          summary: "Recent staff jobs with their progress, running ones first (staff)",
          security: signedIn,
          responses: { "200": answer("Jobs", obj({ items: { type: "array", items: ref("Job") } })), ...staffErrors },
        },
      },
      "/api/admin/jobs/{id}": {
        get: {
          summary: "A staff job and its progress (staff)",
          security: signedIn,
          parameters: [pathId()],
          responses: { "200": answer("Job", obj({ job: ref("Job") })), ...staffErrors, ...missing },
        },
      },
      "/api/admin/jobs/{id}/resume": {
        post: {
          summary: "Run a failed job again over the bookings it could not finish (staff)",
          security: signedIn,
          parameters: [pathId()],
          responses: {
            "200": answer("Queued again", obj({ job: ref("Job") })),
            ...staffErrors,
            ...missing,
            "409": failure("conflict: only a failed job can be resumed"),
          },
        },
      },
      "/api/admin/bookings": {
        get: { ...staffList("Bookings"), parameters: [query("q", str, "Reference, e-mail or name")] },
      },
      "/api/admin/bookings/{id}/refund": {
        post: {
          summary: "Refund a booking, whole or per ticket",
          security: signedIn,
          parameters: [pathId()],
          responses: {
            "200": answer("Refunded"),
            ...staffErrors,
            ...missing,
            "409": failure("booking_not_refundable"),
          },
        },
      },
      "/api/admin/check-in": {
        post: {
          summary: "Check a ticket in at the door, for one showtime if given",
          security: signedIn,
          requestBody: body(obj({ code: str, showtimeId: str }, ["code"])),
          responses: {
            "200": answer(
              "Checked in: the film, time, seat and seat type, and the showtime's admitted/expected count",
              obj({
                outcome: { const: "admitted" },
                ticket: { type: "object" },
                show: { type: "object" },
                count: obj({ admitted: int, expected: int }),
              }),
            ),
            ...invalid,
            ...staffErrors,
            "404": failure("Unknown code (not_found, outcome unknown)"),
            "409": failure(
              "already_checked_in (when and by whom), ticket_refunded, or wrong_showtime (outcome wrong_showtime or wrong_day); each with the ticket's show and the count",
            ),
          },
        },
      },
      "/api/admin/bookings/{id}": {
        get: {
          summary:
            "One booking for the bookings desk: tickets, show, customer, payment, refunds, messages and timeline (staff)",
          security: signedIn,
          parameters: [pathId()],
          responses: { "200": answer("The booking and its story"), ...staffErrors, ...missing },
        },
      },
      "/api/admin/bookings/{id}/resend": {
        post: {
          summary: "Send the confirmation with the valid tickets again, at most once a minute (staff)",
          security: signedIn,
          parameters: [pathId()],
          responses: {
            "202": answer("Queued", obj({ recipient: str, waitsForConfirmedAddress: { type: "boolean" } })),
            ...staffErrors,
            ...missing,
            "409": failure("conflict: the booking has no valid tickets"),
          },
        },
      },
      "/api/admin/bookings/export.csv": {
        get: {
          summary: "A showtime's or a day's bookings as CSV, one row per ticket, streamed (staff)",
          security: signedIn,
          parameters: [
            query("showtimeId"),
            query("date", { type: "string", format: "date" }, "A day, in each cinema's time zone"),
            query("cinemaId", str, "With date: one cinema"),
          ],
          responses: {
            "200": { description: "CSV with a header row", content: { "text/csv": { schema: str } } },
            ...invalid,
            ...staffErrors,
            ...missing,
          },
        },
      },
      "/api/admin/cinemas/{id}": {
        get: {
          summary: "A cinema with its seating rules (staff)",
          security: signedIn,
          parameters: [pathId()],
          responses: { "200": answer("Cinema", obj({ cinema: ref("Cinema") })), ...staffErrors, ...missing },
        },
        patch: {
          summary:
            "Edit a cinema: name, city, address, time zone, currency (only with nothing on sale), seating rules (staff)",
          security: signedIn,
          parameters: [pathId()],
          requestBody: body({ type: "object" }),
          responses: {
            "200": answer("Cinema", obj({ cinema: ref("Cinema") })),
            ...invalid,
            ...staffErrors,
            ...missing,
            "409": failure("conflict: the name is taken, or a currency change while showtimes are on sale"),
          },
        },
      },
      "/api/admin/reports/sales": {
        get: {
          summary:
            "Revenue, tickets and occupancy of the shows on some days, in each cinema's zone and currency (staff)",
          security: signedIn,
          parameters: [
            query("cinemaId"),
            query("from", { type: "string", format: "date" }, "First day (default: six days before to)"),
            query("to", { type: "string", format: "date" }, "Last day (default: today)"),
          ],
          responses: {
            "200": answer(
              "Money by currency (never added across currencies), by day, by film; occupancy by showtime and hall; when people buy",
              obj({
                currencies: {
                  type: "array",
                  items: obj({ currency: str, grossCents: int, refundedCents: int, netCents: int, tickets: int }),
                },
                days: { type: "array", items: obj({ date: str, currency: str, grossCents: int, tickets: int }) },
                films: {
                  type: "array",
                  items: obj({
                    movieId: str,
                    title: str,
                    tickets: int,
                    grossCents: int,
                    occupancy: { type: "number" },
                  }),
                },
                showtimes: { type: "array", items: obj({ id: str, startsAt: str, seatsTotal: int, seatsSold: int }) },
              }),
            ),
            ...invalid,
            ...staffErrors,
            ...missing,
          },
        },
      },
      "/api/admin/audit": {
        get: {
          summary: "The audit trail: who did what, when, before and after (ADMIN)",
          security: signedIn,
          parameters: [
            query("actor", str, "E-mail or id"),
            query("entity", str, "A type, or type:id"),
            query("action", str, "An action, or a prefix ending in a dot"),
            query("before", { type: "string", format: "date-time" }, "Older entries than this"),
          ],
          responses: {
            "200": answer(
              "Entries, newest first",
              obj({
                items: {
                  type: "array",
                  items: obj({
                    at: str,
                    actor: { type: ["string", "null"] },
                    action: str,
                    entity: str,
                    entityId: { type: ["string", "null"] },
                    before: {},
                    after: {},
                  }),
                },
              }),
            ),
            ...invalid,
            ...authErrors,
            "403": failure("Signed in below ADMIN (forbidden)"),
          },
        },
      },
      "/api/health": {
        get: {
          summary: "Each service and the database",
          responses: { "200": answer("All up"), "503": answer("Something is down") },
        },
      },
      "/api/metrics": {
        get: {
          summary: "Prometheus metrics",
          description:
            "With METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`; without it, only for callers on loopback or a private network.",
          responses: {
            "200": { description: "Prometheus text format", content: { "text/plain": { schema: str } } },
            "403": failure("forbidden: no or wrong metrics token, or a public address"),
          },
        },
      },
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": answer("OpenAPI 3.1") } } },
    },
  };
}

function staffList(what: string): Json {
  return {
    summary: `${what} (staff)`,
    security: signedIn,
    responses: { "200": answer(what, obj({ items: { type: "array" } })), ...staffErrors },
  };
}

function staffCreate(summary: string, extra: Json = {}): Json {
  return {
    summary: `${summary} (staff)`,
    security: signedIn,
    requestBody: body({ type: "object" }),
    responses: { "201": answer("Created"), ...invalid, ...staffErrors, ...extra },
  };
}
