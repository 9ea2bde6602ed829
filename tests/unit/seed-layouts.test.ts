import { test } from "node:test";
import assert from "node:assert/strict";
import { buildPlan, gridColumns, rowLabel } from "@/prisma/seed/layouts";

const plan = { rows: 10, seatsPerRow: 14, aisleAfter: [7], premiumRows: 2, coupleRow: true, wheelchairSpaces: 2 };

test("row labels skip I and O", () => {
  assert.equal(rowLabel(7), "H");
  assert.equal(rowLabel(8), "J");
  assert.ok(!Array.from({ length: 20 }, (_, i) => rowLabel(i)).some((l) => l === "I" || l === "O"));
});

test("an aisle is an empty grid column, and seat numbers run across it", () => {
  const seats = buildPlan(plan);
  assert.equal(gridColumns(plan), 15);
  assert.equal(seats.length, 140);
  const rowA = seats.filter((s) => s.rowLabel === "A");
  assert.deepEqual(
    rowA.map((s) => s.number),
    Array.from({ length: 14 }, (_, i) => i + 1),
  );
  assert.ok(!rowA.some((s) => s.gridCol === 7), "column 7 is the aisle");
  assert.equal(rowA.find((s) => s.number === 8)!.gridCol, 8);
});

test("couple seats pair within a block, never across the aisle", () => {
  const couples = buildPlan(plan).filter((s) => s.type === "COUPLE");
  assert.ok(couples.length > 0);
  for (const seat of couples) {
    const partner = couples.find((s) => s.label === seat.pairLabel)!;
    assert.equal(partner.pairLabel, seat.label);
    assert.equal(Math.abs(partner.gridCol - seat.gridCol), 1, `${seat.label} sits beside ${partner.label}`);
  }
});

test("each wheelchair space has a companion seat beside it in the front row", () => {
  const front = buildPlan(plan).filter((s) => s.rowLabel === "A");
  assert.deepEqual(
    front.filter((s) => s.type === "WHEELCHAIR").map((s) => s.number),
    [1, 14],
  );
  assert.deepEqual(
    front.filter((s) => s.type === "COMPANION").map((s) => s.number),
    [2, 13],
  );
});
