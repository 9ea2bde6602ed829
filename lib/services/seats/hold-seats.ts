import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { metrics } from "@/lib/metrics";
import { getLayoutSeats, getShowtimeForSale } from "@/lib/services/showtimes";
import { checkSeatRules, type SeatKind } from "./seat-rules";

export const MAX_SEATS_PER_SHOWTIME = 10;

export interface HoldRequest {
  showtimeId: string;
  seatIds: string[];
}

export interface HoldResult {
  holdId: string;
  showtimeId: string;
  seatIds: string[];
  expiresAt: Date;
}

/**
 * Holds every requested seat of one showtime, or none. The UPDATE takes only
 * seats that are free (or whose hold has run out), so when two buyers race,
 * PostgreSQL's row locks decide and the loser's transaction rolls back.
 */
export async function holdSeats(userId: string, request: HoldRequest, now = new Date()): Promise<HoldResult> {
  const seatIds = [...new Set(request.seatIds)];
  const { showtime, cinema } = await getShowtimeForSale(request.showtimeId, now);
  const layout = await getLayoutSeats(showtime.layoutId);
  const unknown = seatIds.filter((id) => !layout.seats.some((seat) => seat.id === id));
  if (unknown.length) {
    throw new AppError("validation_failed", "Some seats are not in this showtime's hall.", {
      extra: { errors: unknown.map((id) => ({ path: "seatIds", message: `Unknown seat ${id}` })) },
    });
  }

  const inventory = await db.showtimeSeat.findMany({
    where: { showtimeId: showtime.id },
    select: { seatId: true, status: true, heldBy: true, heldUntil: true },
  });
  const live = (row: (typeof inventory)[number]) =>
    row.status === "HELD" && row.heldUntil !== null && row.heldUntil > now;
  const alreadyMine = inventory.filter((row) => live(row) && row.heldBy === userId).length;
  if (alreadyMine + seatIds.length > MAX_SEATS_PER_SHOWTIME) {
    metrics.holds.inc({ outcome: "too_many_seats" });
    throw new AppError(
      "too_many_seats",
      `You can hold at most ${MAX_SEATS_PER_SHOWTIME} seats for one showtime${alreadyMine ? ` (you already hold ${alreadyMine})` : ""}.`,
    );
  }

  const stateBySeat = new Map(inventory.map((row) => [row.seatId, row]));
  const violation = checkSeatRules({
    seats: layout.seats.map((seat) => {
      const state = stateBySeat.get(seat.id);
      return {
        id: seat.id,
        label: seat.label,
        gridRow: seat.gridRow,
        gridCol: seat.gridCol,
        type: seat.type as SeatKind,
        pairSeatId: seat.pairSeatId,
        taken: !state || state.status === "SOLD" || live(state),
      };
    }),
    selected: seatIds,
    orphanSeatRule: cinema.orphanSeatRule,
    companionOpenFrom: new Date(showtime.startsAt.getTime() - cinema.companionReleaseMinutes * 60_000),
    now,
  });
  if (violation) {
    metrics.holds.inc({ outcome: violation.code });
    throw new AppError(violation.code, violation.detail, { extra: { seatIds: violation.seatIds } });
  }

  const expiresAt = new Date(now.getTime() + env.HOLD_MINUTES * 60_000);
  try {
    const hold = await db.$transaction(async (tx) => {
      const created = await tx.hold.create({ data: { showtimeId: showtime.id, userId, seatIds, expiresAt } });
      const taken = await tx.$queryRaw<{ seat_id: string }[]>`
        UPDATE "seats"."showtime_seats"
           SET status = 'HELD', hold_id = ${created.id}, held_by = ${userId}, held_until = ${expiresAt}, booking_id = NULL, updated_at = now()
         WHERE showtime_id = ${showtime.id}
           AND seat_id IN (${Prisma.join(seatIds)})
           AND (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < now()))
        RETURNING seat_id`;
      if (taken.length !== seatIds.length) {
        const got = new Set(taken.map((row) => row.seat_id));
        const lost = seatIds.filter((id) => !got.has(id));
        const labels = layout.seats.filter((seat) => lost.includes(seat.id)).map((seat) => seat.label);
        throw new AppError(
          "seats_unavailable",
          `Sorry, ${labels.join(", ")} ${lost.length === 1 ? "was" : "were"} just taken by someone else.`,
          {
            extra: { seatIds: lost },
          },
        );
      }
      return created;
    });
    metrics.holds.inc({ outcome: "held" });
    return { holdId: hold.id, showtimeId: hold.showtimeId, seatIds, expiresAt: hold.expiresAt };
  } catch (error) {
    if (error instanceof AppError) metrics.holds.inc({ outcome: error.code });
    throw error;
  }
}
