import "server-only";
import { randomBytes } from "node:crypto";
import { pgPool } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { metrics } from "@/lib/metrics";
import { inventoryPlan, type PlannedSeat } from "./inventory-plan";
import { checkSeatRules } from "./seat-rules";
import { announceSeatChange } from "./seat-change-notices";
import { recordHold } from "./seat-states";

/** Seats one moviegoer may hold for one showtime at once (the picker says so too). */
export const MAX_SEATS_PER_SHOWTIME = 10;
/** Live holds per showtime from one address: many accounts can't hoard a hall from one machine. */
export const MAX_HOLDS_PER_ADDRESS = Number(process.env.HOLDS_PER_ADDRESS ?? 12);

export interface HoldRequest {
  showtimeId: string;
  seatIds: string[];
}

/** The cinema's rules for the showtime, from the showtimes service (getSaleTerms). */
export interface SaleTerms {
  orphanSeatRule: boolean;
  /** Companion places are open to everyone from this moment. */
  companionOpenFrom: Date;
}

export interface HoldResult {
  holdId: string;
  showtimeId: string;
  seatIds: string[];
  expiresAt: Date;
}

type Outcome = "held" | "unknown_seats" | "too_many_seats" | "address_limit" | "seats_unavailable" | "orphan_seat";

function labels(plan: Map<string, PlannedSeat>, seatIds: string[]): string {
  return seatIds.map((id) => plan.get(id)?.label ?? id).join(", ");
}

function refusal(outcome: Outcome, seatIds: string[], heldBefore: number, plan: Map<string, PlannedSeat>): AppError {
  switch (outcome) {
    case "unknown_seats":
      return new AppError("validation_failed", "Some seats are not in this showtime's hall.", {
        extra: { errors: seatIds.map((id) => ({ path: "seatIds", message: `Unknown seat ${id}` })) },
      });
    case "too_many_seats":
      return new AppError(
        "too_many_seats",
        `You can hold at most ${MAX_SEATS_PER_SHOWTIME} seats for one showtime${heldBefore ? ` (you already hold ${heldBefore})` : ""}.`,
      );
    case "address_limit":
      return new AppError(
        "rate_limited",
        "Too many seats of this showtime are already held from your network. Finish or release those holds first.",
      );
    case "seats_unavailable":
      return new AppError(
        "seats_unavailable",
        `Sorry, ${labels(plan, seatIds)} ${seatIds.length === 1 ? "was" : "were"} just taken by someone else.`,
        { extra: { seatIds } },
      );
    default:
      return new AppError(
        "orphan_seat",
        `This selection would leave ${labels(plan, seatIds)} as a single empty seat that nobody could book. Move your selection over by one seat, or add that seat.`,
        { extra: { seatIds } },
      );
  }
}

/**
 * Holds every requested seat of one showtime, or none, for HOLD_MINUTES.
 * The rules that depend only on the seats asked for (couples, companions)
 * are checked here; everything that depends on other buyers (free seats,
 * stranded single seats, the per-buyer and per-address limits) is decided by
 * one database function in one round trip (seats.hold_seats, in the
 * *_hot_path migration), so PostgreSQL is the referee of every race.
 */
export async function holdSeats(
  userId: string,
  request: HoldRequest,
  terms: SaleTerms,
  clientAddress: string | null = null,
  now = new Date(),
): Promise<HoldResult> {
  const seatIds = [...new Set(request.seatIds)];
  const plan = await inventoryPlan(request.showtimeId);
  // Couples and companions depend only on the seats asked for (and a couple seat's partner, for its
  // label); who else holds what is the database's to judge.
  const asked = seatIds.flatMap((id) => {
    const seat = plan.get(id);
    const partner = seat?.pairSeatId ? plan.get(seat.pairSeatId) : undefined;
    return [seat, partner].filter((found): found is PlannedSeat => Boolean(found));
  });
  const violation = checkSeatRules({
    seats: asked.map((seat) => ({ ...seat, taken: false })),
    selected: seatIds.filter((id) => plan.has(id)),
    orphanSeatRule: false,
    companionOpenFrom: terms.companionOpenFrom,
    now,
  });
  if (violation) {
    metrics.holds.inc({ outcome: violation.code });
    throw new AppError(violation.code, violation.detail, { extra: { seatIds: violation.seatIds } });
  }

  const holdId = `hold_${randomBytes(15).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + env.HOLD_MINUTES * 60_000);
  const address = clientAddress && clientAddress !== "unknown" ? clientAddress : null;
  const { rows } = await pgPool().query<{ outcome: Outcome; seat_ids: string[] | null; held_before: number }>(
    `SELECT outcome, seat_ids, held_before FROM "seats"."hold_seats"($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      holdId,
      request.showtimeId,
      userId,
      seatIds,
      expiresAt,
      MAX_SEATS_PER_SHOWTIME,
      terms.orphanSeatRule,
      address,
      MAX_HOLDS_PER_ADDRESS,
    ],
  );
  const { outcome, seat_ids: concerned, held_before: heldBefore } = rows[0];
  metrics.holds.inc({ outcome });
  if (outcome !== "held") throw refusal(outcome, concerned ?? [], heldBefore, plan);
  recordHold(request.showtimeId, { holdId, userId, seatIds, expiresAt });
  announceSeatChange(request.showtimeId);
  return { holdId, showtimeId: request.showtimeId, seatIds, expiresAt };
}
