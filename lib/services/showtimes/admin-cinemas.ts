import "server-only";
import { invalidate, TAGS } from "@/lib/cache";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/services/users";
import { changedFields } from "@/lib/services/users/audit";

export interface CinemaInput {
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
  orphanSeatRule?: boolean;
  companionReleaseMinutes?: number;
}

/** Two cinemas of one name (one slug) would be one page: the database refuses the second. */
function nameTaken(error: unknown): unknown {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"
    ? new AppError("conflict", "A cinema with this name already exists.")
    : error;
}

export async function createCinema(actorId: string, input: CinemaInput) {
  const slug = input.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  try {
    const cinema = await db.cinema.create({ data: { ...input, currency: input.currency.toUpperCase(), slug } });
    await recordAudit(db, {
      actorId,
      action: "cinema.create",
      entityType: "cinema",
      entityId: cinema.id,
      after: editableFields(cinema),
    });
    invalidate(TAGS.cinemas);
    return cinema;
  } catch (error) {
    throw nameTaken(error);
  }
}

/** What staff may change of a cinema: everything but its slug (kept in links people have saved). */
export function editableFields(cinema: CinemaInput & { orphanSeatRule: boolean; companionReleaseMinutes: number }) {
  return {
    name: cinema.name,
    city: cinema.city,
    address: cinema.address,
    timeZone: cinema.timeZone,
    currency: cinema.currency,
    orphanSeatRule: cinema.orphanSeatRule,
    companionReleaseMinutes: cinema.companionReleaseMinutes,
  };
}

/**
 * Edits a cinema. Showtimes are instants, so a new time zone changes how
 * they read, not when they start. The currency changes only while nothing is
 * on sale: prices and bookings are in the currency a showtime went on sale
 * in, and a booking made after the change must not mix the two.
 */
export async function updateCinema(actorId: string, cinemaId: string, input: Partial<CinemaInput>) {
  const change = { ...input, ...(input.currency ? { currency: input.currency.toUpperCase() } : {}) };
  try {
    const cinema = await db.$transaction(async (tx) => {
      const found = await tx.cinema.findUnique({ where: { id: cinemaId } });
      if (!found) throw notFound("The cinema");
      // Prices and bookings are in the currency a showtime went on sale in: change it only with nothing on sale.
      if (change.currency && change.currency !== found.currency) {
        const onSale = await tx.showtime.count({
          where: { cinemaId, startsAt: { gt: new Date() }, status: { not: "CANCELLED" } },
        });
        if (onSale > 0)
          throw new AppError(
            "conflict",
            `The currency can change only while nothing is on sale: ${onSale} showtime${onSale === 1 ? " is" : "s are"} still to come in ${found.currency}.`,
          );
      }
      const updated = await tx.cinema.update({ where: { id: cinemaId }, data: change });
      const { before, after } = changedFields(editableFields(found), editableFields(updated));
      await recordAudit(tx, {
        actorId,
        action: "cinema.update",
        entityType: "cinema",
        entityId: cinemaId,
        before,
        after,
      });
      return updated;
    });
    invalidate(TAGS.cinemas);
    return cinema;
  } catch (error) {
    throw nameTaken(error);
  }
}
