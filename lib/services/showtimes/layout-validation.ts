// Checks a seat layout drawn by staff before it is saved, and derives seat
// labels and couple pairs from the grid.
import type { SeatType } from "@/lib/generated/prisma/enums";

export type LayoutSeatType = SeatType;

export interface DrawnSeat {
  row: number;
  col: number;
  type: LayoutSeatType;
}

export interface DrawnLayout {
  rows: number;
  cols: number;
  /** Label per grid row; defaults to A, B, C… skipping I and O. */
  rowLabels?: string[];
  seats: DrawnSeat[];
}

export interface PlannedSeat extends DrawnSeat {
  rowLabel: string;
  number: number;
  label: string;
  /** Index into the planned seats of the other half of a couple seat. */
  pairIndex: number | null;
}

const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
export const defaultRowLabel = (row: number) => LETTERS[row] ?? `R${row + 1}`;

export type LayoutProblem = { path: string; message: string };

/** The seats with labels and pairs, or the list of problems staff must fix. */
export function planLayout(layout: DrawnLayout): { seats: PlannedSeat[]; problems: LayoutProblem[] } {
  const problems: LayoutProblem[] = [];
  if (layout.rows < 1 || layout.rows > 40) problems.push({ path: "rows", message: "A hall has 1 to 40 rows." });
  if (layout.cols < 1 || layout.cols > 60) problems.push({ path: "cols", message: "A hall has 1 to 60 columns." });
  if (layout.seats.length === 0) problems.push({ path: "seats", message: "Place at least one seat." });
  if (layout.seats.length > 600) problems.push({ path: "seats", message: "A hall has at most 600 seats." });
  const at = new Map<string, DrawnSeat>();
  for (const seat of layout.seats) {
    const key = `${seat.row}:${seat.col}`;
    if (seat.row < 0 || seat.row >= layout.rows || seat.col < 0 || seat.col >= layout.cols) {
      problems.push({
        path: `seats.${key}`,
        message: `A seat at row ${seat.row + 1}, column ${seat.col + 1} is outside the grid.`,
      });
    } else if (at.has(key))
      problems.push({ path: `seats.${key}`, message: `Two seats share row ${seat.row + 1}, column ${seat.col + 1}.` });
    at.set(key, seat);
  }
  const labels = Array.from(
    { length: layout.rows },
    (_, row) => layout.rowLabels?.[row]?.trim() || defaultRowLabel(row),
  );
  const usedRows = [...new Set(layout.seats.map((s) => s.row))];
  const seenLabels = new Set<string>();
  for (const row of usedRows) {
    if (seenLabels.has(labels[row]))
      problems.push({ path: `rowLabels.${row}`, message: `Row label ${labels[row]} is used twice.` });
    seenLabels.add(labels[row]);
  }

  const sorted = [...at.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const numberInRow = new Map<number, number>();
  const seats: PlannedSeat[] = sorted.map((seat) => {
    const number = (numberInRow.get(seat.row) ?? 0) + 1;
    numberInRow.set(seat.row, number);
    return { ...seat, rowLabel: labels[seat.row], number, label: `${labels[seat.row]}${number}`, pairIndex: null };
  });
  const index = new Map(seats.map((seat, i) => [`${seat.row}:${seat.col}`, i]));

  // Couple seats pair left to right with the couple seat directly beside them.
  for (const [i, seat] of seats.entries()) {
    if (seat.type !== "COUPLE" || seat.pairIndex !== null) continue;
    const right = index.get(`${seat.row}:${seat.col + 1}`);
    if (right !== undefined && seats[right].type === "COUPLE" && seats[right].pairIndex === null) {
      seat.pairIndex = right;
      seats[right].pairIndex = i;
    } else {
      problems.push({
        path: `seats.${seat.row}:${seat.col}`,
        message: `Couple seat ${seat.label} needs a couple seat right beside it.`,
      });
    }
  }
  for (const seat of seats.filter((s) => s.type === "COMPANION")) {
    const beside = [seat.col - 1, seat.col + 1].some((col) => at.get(`${seat.row}:${col}`)?.type === "WHEELCHAIR");
    if (!beside)
      problems.push({
        path: `seats.${seat.row}:${seat.col}`,
        message: `Companion seat ${seat.label} must be next to a wheelchair space.`,
      });
  }
  return { seats, problems };
}
