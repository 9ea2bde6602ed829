// Cinema seating rules, as pure functions: the seat picker uses them to
// explain a selection before it is sent, and unit tests prove them. On a
// hold the server checks the couple and companion rules here, and the
// database applies the orphan rule as it takes the seats (the function
// seats.stranded_seats, which a test proves equivalent to this one).
import type { SeatType } from "@/lib/generated/prisma/enums";

export interface RuleSeat {
  id: string;
  label: string;
  gridRow: number;
  gridCol: number;
  type: SeatType;
  pairSeatId: string | null;
  /** Sold, or held by someone else (or by this caller in another hold). */
  taken: boolean;
}

export interface RuleContext {
  seats: RuleSeat[];
  selected: string[];
  orphanSeatRule: boolean;
  /** Companion places are open to everyone once this moment has passed. */
  companionOpenFrom: Date;
  now: Date;
}

export type RuleViolation = { code: "seat_rules" | "orphan_seat"; detail: string; seatIds: string[] };

/** A couple seat is sold as its pair. */
function coupleViolation(byId: Map<string, RuleSeat>, selected: Set<string>): RuleViolation | null {
  for (const id of selected) {
    const seat = byId.get(id)!;
    if (seat.type === "COUPLE" && seat.pairSeatId && !selected.has(seat.pairSeatId)) {
      const partner = byId.get(seat.pairSeatId);
      return {
        code: "seat_rules",
        detail: `${seat.label} is a couple seat sold together with ${partner?.label ?? "its pair"}. Select both.`,
        seatIds: [id],
      };
    }
  }
  return null;
}

/** A companion place goes only with a wheelchair place, until shortly before the show. */
function companionViolation(
  byId: Map<string, RuleSeat>,
  selected: Set<string>,
  context: RuleContext,
): RuleViolation | null {
  if (context.now >= context.companionOpenFrom) return null;
  const chosen = [...selected].map((id) => byId.get(id)!);
  const companions = chosen.filter((seat) => seat.type === "COMPANION");
  if (companions.length === 0) return null;
  const wheelchairs = chosen.filter((seat) => seat.type === "WHEELCHAIR").length;
  if (companions.length <= wheelchairs) return null;
  return {
    code: "seat_rules",
    detail: `Companion seats (${companions.map((s) => s.label).join(", ")}) are for people accompanying a wheelchair user: book them together with a wheelchair space. They open to everyone shortly before the show.`,
    seatIds: companions.map((seat) => seat.id),
  };
}

const ORPHAN_KINDS = new Set<SeatType>(["STANDARD", "PREMIUM"]);

/** Runs of neighbouring ordinary seats in each row; aisles and special seats split them. */
function blocks(seats: RuleSeat[]): RuleSeat[][] {
  const rows = new Map<number, RuleSeat[]>();
  for (const seat of seats) rows.set(seat.gridRow, [...(rows.get(seat.gridRow) ?? []), seat]);
  const result: RuleSeat[][] = [];
  for (const row of rows.values()) {
    row.sort((a, b) => a.gridCol - b.gridCol);
    let current: RuleSeat[] = [];
    for (const seat of row) {
      const previous = current[current.length - 1];
      if (!ORPHAN_KINDS.has(seat.type) || (previous && seat.gridCol !== previous.gridCol + 1)) {
        if (current.length) result.push(current);
        current = ORPHAN_KINDS.has(seat.type) ? [seat] : [];
      } else current.push(seat);
    }
    if (current.length) result.push(current);
  }
  return result;
}

/** Single free seats with a taken seat, an aisle or a wall on both sides. */
function strandedSeats(block: RuleSeat[], isTaken: (seat: RuleSeat) => boolean): Set<string> {
  const stranded = new Set<string>();
  block.forEach((seat, i) => {
    if (isTaken(seat)) return;
    const leftClosed = i === 0 || isTaken(block[i - 1]);
    const rightClosed = i === block.length - 1 || isTaken(block[i + 1]);
    if (leftClosed && rightClosed && block.length > 1) stranded.add(seat.id);
  });
  return stranded;
}

function orphanViolation(seats: RuleSeat[], selected: Set<string>): RuleViolation | null {
  for (const block of blocks(seats)) {
    const chosenHere = block.filter((seat) => selected.has(seat.id));
    if (chosenHere.length === 0) continue;
    const freeBefore = block.filter((seat) => !seat.taken).length;
    // Taking all but one of the free seats leaves no better choice.
    if (freeBefore - chosenHere.length <= 1) continue;
    const before = strandedSeats(block, (seat) => seat.taken);
    const after = strandedSeats(block, (seat) => seat.taken || selected.has(seat.id));
    const created = [...after].filter((id) => !before.has(id));
    if (created.length) {
      const labels = block.filter((seat) => created.includes(seat.id)).map((seat) => seat.label);
      return {
        code: "orphan_seat",
        detail: `This selection would leave ${labels.join(", ")} as a single empty seat that nobody could book. Move your selection over by one seat, or add that seat.`,
        seatIds: created,
      };
    }
  }
  return null;
}

export function checkSeatRules(context: RuleContext): RuleViolation | null {
  const byId = new Map(context.seats.map((seat) => [seat.id, seat]));
  const selected = new Set(context.selected);
  return (
    coupleViolation(byId, selected) ??
    companionViolation(byId, selected, context) ??
    (context.orphanSeatRule ? orphanViolation(context.seats, selected) : null)
  );
}
