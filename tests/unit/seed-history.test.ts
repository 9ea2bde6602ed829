// The demo history's audience model and seat picking: the same every time,
// within bounds, with the patterns the dashboard is meant to show.
import { test } from "node:test";
import assert from "node:assert/strict";
import { leadDays, partySize, targetOccupancy, type ShowDemand } from "@/prisma/seed/history/demand";
import { randomFor } from "@/prisma/seed/history/random";
import { seatPicker, type PickerSeat } from "@/prisma/seed/history/seat-picker";

function mean(count: number, draw: (i: number) => number) {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += draw(i);
  return sum / count;
}

const show = (extra: Partial<ShowDemand>): ShowDemand => ({
  slot: 2,
  weekday: 3,
  ageDays: 20,
  popularity: 1,
  capacity: 140,
  premiere: false,
  ...extra,
});

test("the same key gives the same sequence", () => {
  const a = randomFor("st_x");
  const b = randomFor("st_x");
  assert.deepEqual([a(), a(), a()], [b(), b(), b()]);
  assert.notEqual(randomFor("st_y")(), randomFor("st_x")());
});

test("evenings outsell matinees, Saturdays outsell Wednesdays, openings outsell the fifth week; never over 97%", () => {
  const occupancy = (extra: Partial<ShowDemand>) => mean(500, (i) => targetOccupancy(show(extra), randomFor(`o${i}`)));
  assert.ok(occupancy({ slot: 2 }) > occupancy({ slot: 0 }) * 2);
  assert.ok(occupancy({ weekday: 6 }) > occupancy({ weekday: 3 }) * 1.3);
  assert.ok(occupancy({ ageDays: 1 }) > occupancy({ ageDays: 40 }) * 2);
  for (let i = 0; i < 500; i++) {
    const share = targetOccupancy(
      show({ premiere: true, ageDays: 0, weekday: 6, popularity: 1.4 }),
      randomFor(`p${i}`),
    );
    assert.ok(share > 0 && share <= 0.97);
  }
});

test("parties of one to six, mostly two; most buy on the day or the day before, openings earlier", () => {
  const sizes = Array.from({ length: 2000 }, (_, i) => partySize(randomFor(`s${i}`)));
  assert.ok(sizes.every((size) => size >= 1 && size <= 6));
  assert.ok(sizes.filter((size) => size === 2).length > 800);
  const usual = mean(2000, (i) => leadDays(randomFor(`l${i}`), false));
  const opening = mean(2000, (i) => leadDays(randomFor(`l${i}`), true));
  assert.ok(usual < 2.5 && opening > usual * 1.5, `${usual} ${opening}`);
});

test("the seat picker never gives a seat twice, keeps parties in one row, and stops when the hall is full", () => {
  const seats: PickerSeat[] = [];
  for (let row = 0; row < 4; row++)
    for (let col = 0; col < 9; col++)
      if (col !== 4)
        seats.push({ id: `${row}-${col}`, label: `${row}${col}`, type: "STANDARD", gridRow: row, gridCol: col });
  const picker = seatPicker(seats);
  const random = randomFor("picker");
  const taken = new Set<string>();
  for (let party = 0; party < 100; party++) {
    const chosen = picker.pick(3, random);
    if (chosen.length === 0) break;
    assert.equal(new Set(chosen.map((seat) => seat.gridRow)).size, 1, "one row");
    for (const seat of chosen) {
      assert.ok(!taken.has(seat.id), "never twice");
      taken.add(seat.id);
    }
  }
  assert.equal(taken.size, seats.length, "every seat sold in the end");
  assert.equal(picker.free, 0);
});
