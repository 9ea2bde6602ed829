// npm run db:seed – loads the demo data. Deterministic ids and "skip what is
// there" writes make it safe to run twice; a later run adds the showtimes of
// days that have come into the 14-day window.
import fs from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db";
import { createInventory, type InventorySeat } from "@/lib/services/seats/create-inventory";
import { DUMMY_HASH, hashPassword } from "@/lib/services/users/password";
import { FILMS, type SeedFilm } from "./films";
import { CINEMAS } from "./cinemas";
import { CUSTOMERS } from "./customers";
import { popularityOf, seedHistory, type HistoryHall } from "./history";
import { PAST_FILMS } from "./past-films";
import { buildPlan, gridColumns } from "./layouts";
import { renderPoster } from "./posters";
import { migrate } from "@/lib/migrate";
import { withDatabase } from "../../scripts/with-database";

export const DEMO_PASSWORD = "cinema-demo-2026";
const DEMO_USERS = [
  { email: "admin@cinema.test", name: "Ada Admin", role: "ADMIN" as const },
  { email: "staff@cinema.test", name: "Sam Staff", role: "STAFF" as const },
  { email: "moviegoer@cinema.test", name: "Maya Moviegoer", role: "CUSTOMER" as const },
];
const SCHEDULE_DAYS = 14;
/** Local start times; 3.5 hours apart fits the longest film plus cleaning. */
const SLOTS = [
  [13, 0],
  [16, 30],
  [20, 0],
] as const;
const SEAT_TYPES = ["STANDARD", "PREMIUM", "WHEELCHAIR", "COMPANION", "COUPLE"] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

// Their password is published: marked as demo accounts so staff pages say so.
export async function seedUsers() {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({
      where: { email: user.email },
      update: { demo: true },
      create: { ...user, passwordHash, demo: true, emailVerifiedAt: new Date() },
    });
  }
}

/**
 * The people who bought the demo history's tickets: demo accounts (flagged as
 * such) that cannot sign in, since no password derives their hash.
 */
async function seedCustomers() {
  await db.user.createMany({
    skipDuplicates: true,
    data: CUSTOMERS.map((customer) => ({
      ...customer,
      passwordHash: DUMMY_HASH,
      demo: true,
      emailVerifiedAt: new Date("2026-01-01T00:00:00Z"),
    })),
  });
}

function writePosters() {
  const dir = path.resolve("public/posters");
  fs.mkdirSync(dir, { recursive: true });
  for (const film of [...FILMS, ...PAST_FILMS]) {
    const file = path.join(dir, `${film.slug}.svg`);
    if (!fs.existsSync(file)) fs.writeFileSync(file, renderPoster(film));
  }
}

/** Films of the history that have left the screens are archived; the rest show now or soon. */
const statusOf = (film: SeedFilm) =>
  PAST_FILMS.includes(film) ? "ARCHIVED" : film.releaseInDays <= 0 ? "NOW_SHOWING" : "COMING_SOON";

async function seedFilms(today: Date) {
  for (const film of [...FILMS, ...PAST_FILMS]) {
    await db.movie.upsert({
      where: { slug: film.slug },
      update: {},
      create: {
        id: `film_${film.slug}`,
        slug: film.slug,
        title: film.title,
        synopsis: film.synopsis,
        genres: film.genres,
        runtimeMin: film.runtimeMin,
        rating: film.rating,
        releaseDate: new Date(today.getTime() + film.releaseInDays * DAY_MS),
        status: statusOf(film),
        posterUrl: `/posters/${film.slug}.svg`,
        trailerUrl: `https://videos.cinema.test/trailers/${film.slug}`,
        castLine: film.castLine,
        director: film.director,
        language: film.language,
      },
    });
  }
}

async function seedCinemas() {
  const halls: {
    id: string;
    layoutId: string;
    cinemaId: string;
    timeZone: string;
    currency: string;
    formats: string[];
    cleaningMinutes: number;
    seats: InventorySeat[];
    prices: Record<string, number>;
    flagship: boolean;
  }[] = [];
  for (const cinema of CINEMAS) {
    const cinemaId = `cinema_${cinema.slug}`;
    await db.cinema.upsert({
      where: { slug: cinema.slug },
      update: {},
      create: {
        id: cinemaId,
        slug: cinema.slug,
        name: cinema.name,
        city: cinema.city,
        address: cinema.address,
        timeZone: cinema.timeZone,
        currency: cinema.currency,
      },
    });
    for (const [index, hallSeed] of cinema.halls.entries()) {
      const hallId = `${cinemaId}_hall${index + 1}`;
      const layoutId = `${hallId}_v1`;
      await db.hall.upsert({
        where: { id: hallId },
        update: {},
        create: { id: hallId, cinemaId, name: hallSeed.name },
      });
      await db.hallLayout.upsert({
        where: { id: layoutId },
        update: {},
        create: { id: layoutId, hallId, version: 1, rows: hallSeed.plan.rows, cols: gridColumns(hallSeed.plan) },
      });
      const plan = buildPlan(hallSeed.plan);
      const seatId = (label: string) => `${layoutId}_${label}`;
      await db.seat.createMany({
        skipDuplicates: true,
        data: plan.map((seat) => ({
          id: seatId(seat.label),
          layoutId,
          rowLabel: seat.rowLabel,
          number: seat.number,
          label: seat.label,
          gridRow: seat.gridRow,
          gridCol: seat.gridCol,
          type: seat.type,
          pairSeatId: seat.pairLabel ? seatId(seat.pairLabel) : null,
        })),
      });
      await db.hallPrice.createMany({
        skipDuplicates: true,
        data: SEAT_TYPES.map((seatType) => ({
          id: `${hallId}_${seatType}`,
          hallId,
          seatType,
          amountCents: cinema.prices[seatType],
        })),
      });
      const hall = await db.hall.findUniqueOrThrow({ where: { id: hallId } });
      halls.push({
        id: hallId,
        layoutId,
        cinemaId,
        timeZone: cinema.timeZone,
        currency: cinema.currency,
        formats: hallSeed.formats,
        cleaningMinutes: hall.cleaningMinutes,
        prices: Object.fromEntries(
          (await db.hallPrice.findMany({ where: { hallId } })).map((price) => [price.seatType, price.amountCents]),
        ),
        flagship: index === 0,
        seats: plan.map((seat) => ({
          id: seatId(seat.label),
          label: seat.label,
          type: seat.type,
          gridRow: seat.gridRow,
          gridCol: seat.gridCol,
          pairSeatId: seat.pairLabel ? seatId(seat.pairLabel) : null,
        })),
      });
    }
  }
  return halls;
}

async function seedShowtimes(halls: Awaited<ReturnType<typeof seedCinemas>>, now: Date) {
  const films = FILMS.filter((film) => film.releaseInDays <= 0);
  const prices = await db.hallPrice.findMany();
  const created: string[] = [];
  for (const [hallIndex, hall] of halls.entries()) {
    const hallPrices = prices.filter((price) => price.hallId === hall.id);
    for (let day = 0; day < SCHEDULE_DAYS; day++) {
      const local = new TZDate(now.getTime() + day * DAY_MS, hall.timeZone);
      for (const [slotIndex, [hour, minute]] of SLOTS.entries()) {
        const startsAt = new Date(
          new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hour, minute, 0, hall.timeZone).getTime(),
        );
        if (startsAt <= now) continue;
        const film = films[(hallIndex * 5 + day * 2 + slotIndex) % films.length];
        const movieId = `film_${film.slug}`;
        const endsAt = new Date(startsAt.getTime() + film.runtimeMin * 60_000);
        const id = `st_${hall.id}_${local.getFullYear()}${String(local.getMonth() + 1).padStart(2, "0")}${String(local.getDate()).padStart(2, "0")}_${slotIndex}`;
        if (await db.showtime.findUnique({ where: { id }, select: { id: true } })) continue;
        try {
          await db.$transaction(async (tx) => {
            await tx.showtime.create({
              data: {
                id,
                movieId,
                cinemaId: hall.cinemaId,
                hallId: hall.id,
                layoutId: hall.layoutId,
                startsAt,
                endsAt,
                blockedUntil: new Date(endsAt.getTime() + hall.cleaningMinutes * 60_000),
                format: hall.formats[(day + slotIndex) % hall.formats.length],
                language: "en",
                subtitles: slotIndex === 0 && day % 3 === 0 ? "en" : null,
                status: "ON_SALE",
                prices: {
                  create: hallPrices.map((price) => ({
                    seatType: price.seatType,
                    amountCents: price.amountCents,
                    currency: hall.currency,
                  })),
                },
              },
            });
            await createInventory(tx, id, hall.seats);
          });
          created.push(id);
        } catch (error) {
          // Staff may have scheduled something in this slot since the last run.
          if (!String(error).includes("showtimes_no_overlap")) throw error;
        }
      }
    }
  }
  return created;
}

/** The demo history's films: those of the months behind (archived) and those showing now. */
async function historyFilms() {
  const ids = [...FILMS, ...PAST_FILMS].map((film) => `film_${film.slug}`);
  const movies = await db.movie.findMany({ where: { id: { in: ids } } });
  return movies.map((movie) => ({
    id: movie.id,
    runtimeMin: movie.runtimeMin,
    releaseDate: movie.releaseDate,
    // A past film played about eight weeks; the others are still showing.
    runDays: movie.status === "ARCHIVED" ? 56 : Infinity,
    popularity: popularityOf(movie.slug),
  }));
}

async function staffIds() {
  const [staff, admin] = await Promise.all(
    ["staff@cinema.test", "admin@cinema.test"].map((email) => db.user.findUniqueOrThrow({ where: { email } })),
  );
  return { doorStaffId: staff.id, refundStaffId: admin.id };
}

export async function seed(now = new Date()) {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  writePosters();
  await seedUsers();
  await seedCustomers();
  await seedFilms(today);
  const halls = await seedCinemas();
  const showtimes = await seedShowtimes(halls, now);
  const history = await seedHistory({
    halls: halls satisfies HistoryHall[],
    films: await historyFilms(),
    now,
    newFutureShowtimeIds: showtimes,
    customers: CUSTOMERS,
    ...(await staffIds()),
  });
  return { showtimes: showtimes.length, history };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  await withDatabase(async (url) => {
    await migrate(url);
    const started = Date.now();
    const result = await seed();
    console.log(
      `Seeded demo data (${result.showtimes} new showtimes ahead; history: ${result.history.showtimes} past showtimes, ` +
        `${result.history.bookings} bookings, ${result.history.tickets} tickets, ${result.history.refunds} refunds, ` +
        `${result.history.checkedInAtTheDoor} checked in at the door now, in ${result.history.ms} ms) in ${Date.now() - started} ms.`,
    );
    await db.$disconnect();
  });
}
