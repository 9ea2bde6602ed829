import "server-only";
import { invalidate, TAGS } from "@/lib/cache";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/services/users";
import { changedFields } from "@/lib/services/users/audit";
import { planLayout, type DrawnLayout } from "./layout-validation";

const SEAT_TYPES = ["STANDARD", "PREMIUM", "WHEELCHAIR", "COMPANION", "COUPLE"] as const;
const DEFAULT_PRICES = { STANDARD: 1200, PREMIUM: 1600, WHEELCHAIR: 1200, COMPANION: 1200, COUPLE: 1800 };

function checked(layout: DrawnLayout) {
  const plan = planLayout(layout);
  if (plan.problems.length) {
    throw new AppError("validation_failed", plan.problems[0].message, { extra: { errors: plan.problems } });
  }
  return plan.seats;
}

async function saveLayout(tx: Tx, hallId: string, version: number, layout: DrawnLayout) {
  const seats = checked(layout);
  const created = await tx.hallLayout.create({ data: { hallId, version, rows: layout.rows, cols: layout.cols } });
  const ids = seats.map((_, i) => `${created.id}_${i}`);
  await tx.seat.createMany({
    data: seats.map((seat, i) => ({
      id: ids[i],
      layoutId: created.id,
      rowLabel: seat.rowLabel,
      number: seat.number,
      label: seat.label,
      gridRow: seat.row,
      gridCol: seat.col,
      type: seat.type,
      pairSeatId: seat.pairIndex === null ? null : ids[seat.pairIndex],
    })),
  });
  return { ...created, seatCount: seats.length };
}

export async function createHall(
  actorId: string,
  input: { cinemaId: string; name: string; cleaningMinutes?: number; layout: DrawnLayout },
) {
  const created = await db.$transaction(async (tx) => {
    if (!(await tx.cinema.findUnique({ where: { id: input.cinemaId } }))) throw notFound("The cinema");
    const hall = await tx.hall.create({
      data: { cinemaId: input.cinemaId, name: input.name, cleaningMinutes: input.cleaningMinutes ?? 20 },
    });
    const layout = await saveLayout(tx, hall.id, 1, input.layout);
    await tx.hallPrice.createMany({
      data: SEAT_TYPES.map((seatType) => ({ hallId: hall.id, seatType, amountCents: DEFAULT_PRICES[seatType] })),
    });
    await recordAudit(tx, {
      actorId,
      action: "hall.create",
      entityType: "hall",
      entityId: hall.id,
      after: {
        name: hall.name,
        cinemaId: hall.cinemaId,
        cleaningMinutes: hall.cleaningMinutes,
        seats: layout.seatCount,
      },
    });
    return { hall, layout };
  });
  invalidate(TAGS.cinemas);
  return created;
}

/**
 * Saves an edited layout as a new version. Showtimes already on sale keep
 * the version they went on sale with, so no sold seat ever moves or vanishes.
 */
export async function updateLayout(actorId: string, hallId: string, layout: DrawnLayout) {
  return db.$transaction(async (tx) => {
    const latest = await tx.hallLayout.findFirst({ where: { hallId }, orderBy: { version: "desc" } });
    if (!latest) throw notFound("The hall");
    const saved = await saveLayout(tx, hallId, latest.version + 1, layout);
    await recordAudit(tx, {
      actorId,
      action: "hall.layout",
      entityType: "hall",
      entityId: hallId,
      before: { layoutVersion: latest.version },
      after: { layoutVersion: saved.version, seats: saved.seatCount },
    });
    return saved;
  });
}

export async function currentLayout(hallId: string) {
  const layout = await db.hallLayout.findFirst({
    where: { hallId },
    orderBy: { version: "desc" },
    include: { seats: true },
  });
  if (!layout) throw notFound("The hall's layout");
  return layout;
}

export async function listHalls(cinemaId?: string) {
  const halls = await db.hall.findMany({
    where: { archivedAt: null, ...(cinemaId ? { cinemaId } : {}) },
    include: {
      cinema: { select: { name: true, timeZone: true, currency: true } },
      prices: true,
      layouts: { orderBy: { version: "desc" }, take: 1, include: { _count: { select: { seats: true } } } },
    },
    orderBy: [{ cinemaId: "asc" }, { name: "asc" }],
  });
  return halls.map(({ layouts, ...hall }) => ({
    ...hall,
    layoutVersion: layouts[0]?.version ?? 0,
    seatCount: layouts[0]?._count.seats ?? 0,
  }));
}

/** The hall's price per seat type, in its cinema's currency. */
export async function hallPrices(hallId: string) {
  const hall = await db.hall.findUnique({
    where: { id: hallId },
    include: { cinema: { select: { id: true, name: true, currency: true } }, prices: true },
  });
  if (!hall) throw notFound("The hall");
  return hall;
}

/**
 * Sets the hall's default prices, used by showtimes scheduled from now on;
 * showtimes already on sale keep theirs (a buyer never sees a price change
 * between picking a seat and paying).
 */
export async function setHallPrices(
  actorId: string,
  hallId: string,
  prices: Partial<Record<(typeof SEAT_TYPES)[number], number>>,
) {
  return db.$transaction(async (tx) => {
    const hall = await tx.hall.findUnique({ where: { id: hallId }, include: { prices: true } });
    if (!hall) throw notFound("The hall");
    const was = Object.fromEntries(hall.prices.map((price) => [price.seatType, price.amountCents]));
    for (const [seatType, amountCents] of Object.entries(prices)) {
      await tx.hallPrice.upsert({
        where: { hallId_seatType: { hallId, seatType: seatType as (typeof SEAT_TYPES)[number] } },
        update: { amountCents },
        create: { hallId, seatType: seatType as (typeof SEAT_TYPES)[number], amountCents },
      });
    }
    const { before, after } = changedFields(was, prices);
    await recordAudit(tx, { actorId, action: "hall.prices", entityType: "hall", entityId: hallId, before, after });
  });
}
