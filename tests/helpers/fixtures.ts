// Test data made through the real database, unique per call so that test
// files can share one database. Setup writes tables directly; the behaviour
// under test always goes through services and route handlers.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { SeatType } from "@/lib/generated/prisma/enums";
import { createSession, issueAccessToken } from "@/lib/services/users";
import type { Role } from "@/lib/auth/caller";
import { createInventory } from "@/lib/services/seats/create-inventory";

export const unique = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  tokenVersion: number;
  /** The app session its tokens name, made on first use. */
  sessionId?: string;
}

export async function makeUser(options: { role?: Role; email?: string; name?: string } = {}): Promise<TestUser> {
  const email = options.email ?? `${unique("user")}@example.test`;
  const user = await db.user.create({
    data: {
      email,
      name: options.name ?? "Test User",
      // Not a usable hash: fixtures that need to sign in with a password use the users service.
      passwordHash: "fixture:no-password",
      role: options.role ?? "CUSTOMER",
      emailVerifiedAt: new Date(),
    },
  });
  return { id: user.id, email: user.email, role: user.role, tokenVersion: user.tokenVersion };
}

/** A bearer access token for a fixture user, as POST /api/auth/token issues them (an app session and its token). */
export async function tokenFor(user: TestUser): Promise<string> {
  user.sessionId ??= await createSession(user.id, "APP");
  return issueAccessToken(user, user.sessionId);
}

export async function authHeaders(user: TestUser, extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${await tokenFor(user)}`, "content-type": "application/json", ...extra };
}

export interface TestHall {
  cinemaId: string;
  hallId: string;
  layoutId: string;
  seats: { id: string; label: string; type: string; gridRow: number; gridCol: number }[];
}

/**
 * A cinema with one hall of `rows` x `cols` standard seats (rows A, B, ...),
 * optionally with some seats retyped: `types: { "A1": "WHEELCHAIR" }`.
 */
export async function makeCinemaWithHall(
  options: {
    rows?: number;
    cols?: number;
    types?: Record<string, string>;
    orphanSeatRule?: boolean;
    currency?: string;
  } = {},
): Promise<TestHall> {
  const rows = options.rows ?? 5;
  const cols = options.cols ?? 10;
  const slug = unique("cinema");
  const cinema = await db.cinema.create({
    data: {
      slug,
      name: `Cinema ${slug}`,
      city: "Testville",
      address: "1 Test Street",
      timeZone: "Europe/London",
      currency: options.currency ?? "GBP",
      orphanSeatRule: options.orphanSeatRule ?? false,
    },
  });
  const hall = await db.hall.create({ data: { cinemaId: cinema.id, name: "Screen 1", cleaningMinutes: 15 } });
  const layout = await db.hallLayout.create({ data: { hallId: hall.id, version: 1, rows, cols } });
  const seatData = [];
  for (let r = 0; r < rows; r++) {
    const rowLabel = String.fromCharCode(65 + r);
    for (let c = 0; c < cols; c++) {
      const label = `${rowLabel}${c + 1}`;
      seatData.push({
        layoutId: layout.id,
        rowLabel,
        number: c + 1,
        label,
        gridRow: r,
        gridCol: c,
        type: (options.types?.[label] ?? "STANDARD") as "STANDARD",
      });
    }
  }
  await db.seat.createMany({ data: seatData });
  await db.hallPrice.createMany({
    data: Object.values(SeatType).map((seatType, i) => ({
      hallId: hall.id,
      seatType,
      amountCents: 1000 + i * 250,
    })),
  });
  const seats = await db.seat.findMany({
    where: { layoutId: layout.id },
    orderBy: [{ gridRow: "asc" }, { gridCol: "asc" }],
  });
  return {
    cinemaId: cinema.id,
    hallId: hall.id,
    layoutId: layout.id,
    seats: seats.map((s) => ({ id: s.id, label: s.label, type: s.type, gridRow: s.gridRow, gridCol: s.gridCol })),
  };
}

export async function makeMovie(options: { title?: string; runtimeMin?: number } = {}) {
  const slug = unique("film");
  return db.movie.create({
    data: {
      slug,
      title: options.title ?? `Film ${slug}`,
      synopsis: "A film made for a test.",
      genres: ["Drama"],
      runtimeMin: options.runtimeMin ?? 100,
      rating: "PG",
      releaseDate: new Date("2026-01-01"),
      status: "NOW_SHOWING",
    },
  });
}

// Showtimes a test makes without a start time take the next free slot of their
// hall: slots are 6 hours apart (a 100-minute film plus cleaning fits in
// each), from 3 days and 3 hours ahead, so they never overlap one another nor
// times a test chooses in whole hours or days.
const SLOT_MINUTES = 6 * 60;
const FIRST_SLOT_MINUTES = 3 * 24 * 60 + 3 * 60;
const slotsUsed = new Map<string, number>();

function nextSlot(hallId: string): number {
  const slot = slotsUsed.get(hallId) ?? 0;
  slotsUsed.set(hallId, slot + 1);
  return FIRST_SLOT_MINUTES + slot * SLOT_MINUTES;
}

/** A showtime on sale in `hall`, starting `startsInMinutes` from now (or in its hall's next slot), with its inventory. */
export async function makeShowtime(hall: TestHall, options: { startsInMinutes?: number; movieId?: string } = {}) {
  const movieId = options.movieId ?? (await makeMovie()).id;
  const startsAt = new Date(Date.now() + (options.startsInMinutes ?? nextSlot(hall.hallId)) * 60_000);
  const endsAt = new Date(startsAt.getTime() + 100 * 60_000);
  const blockedUntil = new Date(endsAt.getTime() + 15 * 60_000);
  return db.$transaction(async (tx) => {
    const showtime = await tx.showtime.create({
      data: {
        movieId,
        cinemaId: hall.cinemaId,
        hallId: hall.hallId,
        layoutId: hall.layoutId,
        startsAt,
        endsAt,
        blockedUntil,
        prices: {
          create: Object.values(SeatType).map((seatType, i) => ({
            seatType,
            amountCents: 1000 + i * 250,
            currency: "GBP",
          })),
        },
      },
    });
    await createInventory(tx, showtime.id, hall.seats);
    return showtime;
  });
}

/** Calls a route handler the way Next.js does. */
export function callRoute(
  handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>,
  init: {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: unknown;
    params?: Record<string, string>;
  },
): Promise<Response> {
  const body =
    init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body);
  // A JSON body goes with its content type, as every client sends it (route() refuses others with 415).
  const headers = new Headers(init.headers);
  if (body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const request = new Request(new URL(init.url, "http://localhost:3000"), {
    method: init.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
  return handler(request, { params: Promise.resolve(init.params ?? {}) });
}
