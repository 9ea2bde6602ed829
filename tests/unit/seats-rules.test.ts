import { test } from "node:test";
import assert from "node:assert/strict";
import { checkSeatRules, type RuleSeat } from "@/lib/services/seats/seat-rules";

/** Row A from a picture: "." free, "x" taken, " " aisle; W wheelchair, C companion, 2 couple pairs. */
function row(picture: string, types: Record<number, RuleSeat["type"]> = {}): RuleSeat[] {
  const seats: RuleSeat[] = [];
  let number = 0;
  [...picture].forEach((cell, col) => {
    if (cell === " ") return;
    number++;
    seats.push({
      id: `A${number}`,
      label: `A${number}`,
      gridRow: 0,
      gridCol: col,
      type: types[number] ?? "STANDARD",
      pairSeatId: null,
      taken: cell === "x",
    });
  });
  return seats;
}

const base = { orphanSeatRule: true, companionOpenFrom: new Date("2030-01-01"), now: new Date("2029-12-31") };

test("a selection that strands one seat between taken seats is refused", () => {
  // x . . . . x : taking the middle two leaves A2 and A5 alone.
  const violation = checkSeatRules({ ...base, seats: row("x....x"), selected: ["A3", "A4"] });
  assert.equal(violation?.code, "orphan_seat");
  assert.deepEqual(violation?.seatIds, ["A2", "A5"]);
});

test("a selection that strands one seat against the aisle is refused", () => {
  // . . . . | . . : taking A2+A3 leaves A1 alone at the wall... and A4 before the aisle.
  const violation = checkSeatRules({ ...base, seats: row("....  .."), selected: ["A2", "A3"] });
  assert.equal(violation?.code, "orphan_seat");
});

test("sitting next to others or at the end leaves no gap and is fine", () => {
  assert.equal(checkSeatRules({ ...base, seats: row("x....."), selected: ["A2", "A3"] }), null);
  assert.equal(checkSeatRules({ ...base, seats: row("......"), selected: ["A1", "A2"] }), null);
});

test("when only one seat could remain anyway, the selection is allowed", () => {
  // x . . . x : three free seats; a pair must leave one of them.
  assert.equal(checkSeatRules({ ...base, seats: row("x...x"), selected: ["A2", "A3"] }), null);
  // x . . x : two free seats, taking one leaves one: unavoidable.
  assert.equal(checkSeatRules({ ...base, seats: row("x..x"), selected: ["A2"] }), null);
});

test("a gap that was already there is not blamed on the newcomer", () => {
  // x . x . . . : A2 is already stranded; taking A4+A5 leaves A6 alone though.
  assert.equal(checkSeatRules({ ...base, seats: row("x.x...."), selected: ["A4", "A5"] }), null);
});

test("cinemas can turn the orphan rule off", () => {
  assert.equal(checkSeatRules({ ...base, orphanSeatRule: false, seats: row("x....x"), selected: ["A3", "A4"] }), null);
});

test("a couple seat is sold only with its pair", () => {
  const seats = row("....", { 1: "COUPLE", 2: "COUPLE" });
  seats[0].pairSeatId = "A2";
  seats[1].pairSeatId = "A1";
  const violation = checkSeatRules({ ...base, orphanSeatRule: false, seats, selected: ["A1"] });
  assert.equal(violation?.code, "seat_rules");
  assert.match(violation!.detail, /A2/);
  assert.equal(checkSeatRules({ ...base, orphanSeatRule: false, seats, selected: ["A1", "A2"] }), null);
});

test("a companion place goes with a wheelchair place until it opens to everyone", () => {
  const seats = row("....", { 1: "WHEELCHAIR", 2: "COMPANION" });
  const alone = checkSeatRules({ ...base, seats, selected: ["A2"] });
  assert.equal(alone?.code, "seat_rules");
  assert.equal(checkSeatRules({ ...base, seats, selected: ["A1", "A2"] }), null);
  const late = { ...base, now: new Date("2030-01-01T00:10:00Z") };
  assert.equal(checkSeatRules({ ...late, seats, selected: ["A2"] }), null, "open to everyone shortly before the show");
});
