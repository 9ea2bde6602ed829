import "server-only";
// Which seats a showtime sells, with each seat's place and type: copied from
// the layout when the showtime was scheduled and never changed after, so
// every instance keeps what it has read.
import { pgPool } from "@/lib/db";
import type { SeatType } from "@/lib/generated/prisma/enums";

export interface PlannedSeat {
  id: string;
  label: string;
  type: SeatType;
  gridRow: number;
  gridCol: number;
  pairSeatId: string | null;
}

const PLANS_KEPT = 2_000;
const globalForPlans = globalThis as unknown as { cinemaSeatPlans?: Map<string, Promise<Map<string, PlannedSeat>>> };
const plans = (globalForPlans.cinemaSeatPlans ??= new Map());

async function load(showtimeId: string): Promise<Map<string, PlannedSeat>> {
  const { rows } = await pgPool().query<{
    seat_id: string;
    label: string;
    type: SeatType;
    grid_row: number;
    grid_col: number;
    pair_seat_id: string | null;
  }>(
    `SELECT seat_id, label, type, grid_row, grid_col, pair_seat_id FROM "seats"."showtime_seats"
      WHERE showtime_id = $1 ORDER BY grid_row, grid_col`,
    [showtimeId],
  );
  return new Map(
    rows.map((row) => [
      row.seat_id,
      {
        id: row.seat_id,
        label: row.label,
        type: row.type,
        gridRow: row.grid_row,
        gridCol: row.grid_col,
        pairSeatId: row.pair_seat_id,
      },
    ]),
  );
}

/** The showtime's seats in row order (empty for an unknown showtime). Shared: do not modify. */
export function inventoryPlan(showtimeId: string): Promise<Map<string, PlannedSeat>> {
  let plan = plans.get(showtimeId);
  if (!plan) {
    plan = load(showtimeId).then((loaded) => {
      // An unknown showtime may be scheduled later: don't remember that it had no seats.
      if (loaded.size === 0) plans.delete(showtimeId);
      return loaded;
    });
    plan.catch(() => plans.delete(showtimeId));
    if (plans.size >= PLANS_KEPT) plans.delete(plans.keys().next().value!);
    plans.set(showtimeId, plan);
  }
  return plan;
}
