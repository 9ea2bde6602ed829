// Where a party sits: together in one row, in the middle rows first, a couple
// now and then on a couple seat, a wheelchair user with a companion beside.
import type { InventorySeat } from "@/lib/services/seats";
import type { Random } from "./random";

/** A seat as the showtime's inventory has it. */
export type PickerSeat = InventorySeat;

interface Run {
  row: number;
  seats: PickerSeat[];
}

export interface SeatPicker {
  /** Seats for a party of `size` (fewer only when the hall has no such block left), or none. */
  pick(size: number, random: Random): PickerSeat[];
  free: number;
}

/** Runs of neighbouring ordinary seats per row (aisles and special seats break them). */
function runsOf(seats: PickerSeat[]): Run[] {
  const ordinary = seats
    .filter((seat) => seat.type === "STANDARD" || seat.type === "PREMIUM")
    .sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol);
  const runs: Run[] = [];
  for (const seat of ordinary) {
    const last = runs.at(-1);
    const previous = last?.seats.at(-1);
    if (last && previous && previous.gridRow === seat.gridRow && previous.gridCol === seat.gridCol - 1)
      last.seats.push(seat);
    else runs.push({ row: seat.gridRow, seats: [seat] });
  }
  return runs;
}

const startOrders = new Map<string, number[]>();

/** Where a block of `size` may start in a run of `length`, the middle first (people sit centred). */
function startsFromMiddle(length: number, size: number): number[] {
  const key = `${length}:${size}`;
  let order = startOrders.get(key);
  if (!order) {
    const middle = (length - size) / 2;
    order = Array.from({ length: length - size + 1 }, (_, i) => i).sort(
      (a, b) => Math.abs(a - middle) - Math.abs(b - middle),
    );
    startOrders.set(key, order);
  }
  return order;
}

export function seatPicker(seats: PickerSeat[]): SeatPicker {
  const taken = new Set<string>();
  const runs = runsOf(seats);
  const rows = Math.max(1, ...seats.map((seat) => seat.gridRow + 1));
  // People like the middle of the hall, a little towards the back.
  const rowScore = (row: number) => 1 - Math.abs(row - 0.6 * (rows - 1)) / rows;
  const couples = seats.filter((seat) => seat.type === "COUPLE" && seat.pairSeatId && seat.id < seat.pairSeatId);
  const wheelchairs = seats.filter((seat) => seat.type === "WHEELCHAIR");
  const byId = new Map(seats.map((seat) => [seat.id, seat]));
  const companionOf = (seat: PickerSeat) =>
    seats.find(
      (other) =>
        other.type === "COMPANION" && other.gridRow === seat.gridRow && Math.abs(other.gridCol - seat.gridCol) === 1,
    );
  let free = seats.length;

  function take(chosen: PickerSeat[]): PickerSeat[] {
    for (const seat of chosen) taken.add(seat.id);
    free -= chosen.length;
    return chosen;
  }

  function block(run: Run, size: number): PickerSeat[] | null {
    for (const start of startsFromMiddle(run.seats.length, size)) {
      const candidate = run.seats.slice(start, start + size);
      if (candidate.every((seat) => !taken.has(seat.id))) return candidate;
    }
    return null;
  }

  return {
    get free() {
      return free;
    },
    pick(size, random) {
      if (size === 2 && random() < 0.12) {
        const couple = couples.find((seat) => !taken.has(seat.id) && !taken.has(seat.pairSeatId!));
        if (couple) return take([couple, byId.get(couple.pairSeatId!)!]);
      }
      if (size <= 2 && random() < 0.03) {
        const space = wheelchairs.find((seat) => !taken.has(seat.id));
        const companion = space && companionOf(space);
        if (space && companion && !taken.has(companion.id)) return take(size === 2 ? [space, companion] : [space]);
      }
      const order = runs
        .map((run) => ({ run, score: rowScore(run.row) + random() * 0.6 }))
        .sort((a, b) => b.score - a.score);
      for (let want = size; want >= 1; want--) {
        for (const { run } of order) {
          const found = run.seats.length >= want ? block(run, want) : null;
          if (found) return take(found);
        }
      }
      return [];
    },
  };
}
