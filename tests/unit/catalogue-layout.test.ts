import { test } from "node:test";
import assert from "node:assert/strict";
import { planLayout, type DrawnSeat } from "@/lib/services/showtimes/layout-validation";
import { seriesStarts } from "@/lib/services/showtimes/series";
import { occupancy } from "@/lib/services/showtimes/occupancy";

const row = (r: number, cols: number[], type: DrawnSeat["type"] = "STANDARD") =>
  cols.map((col) => ({ row: r, col, type }));

test("seats are numbered along each row across aisles, rows lettered without I and O", () => {
  const { seats, problems } = planLayout({
    rows: 9,
    cols: 7,
    seats: [...row(0, [0, 1, 2, 4, 5, 6]), ...row(8, [0, 1])],
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(
    seats.filter((s) => s.row === 0).map((s) => s.label),
    ["A1", "A2", "A3", "A4", "A5", "A6"],
  );
  assert.equal(seats.find((s) => s.row === 8)!.label, "J1");
});

test("couple seats pair with the couple seat beside them; a lone one is refused", () => {
  const good = planLayout({ rows: 1, cols: 4, seats: row(0, [0, 1, 2, 3], "COUPLE") });
  assert.deepEqual(good.problems, []);
  assert.equal(good.seats[0].pairIndex, 1);
  assert.equal(good.seats[3].pairIndex, 2);
  const lone = planLayout({ rows: 1, cols: 4, seats: row(0, [0, 1, 3], "COUPLE") });
  assert.match(lone.problems[0].message, /Couple seat A3 needs a couple seat right beside it/);
});

test("a companion seat must sit next to a wheelchair space", () => {
  const ok = planLayout({
    rows: 1,
    cols: 3,
    seats: [
      { row: 0, col: 0, type: "WHEELCHAIR" },
      { row: 0, col: 1, type: "COMPANION" },
    ],
  });
  assert.deepEqual(ok.problems, []);
  const bad = planLayout({
    rows: 1,
    cols: 3,
    seats: [
      { row: 0, col: 0, type: "WHEELCHAIR" },
      { row: 0, col: 2, type: "COMPANION" },
    ],
  });
  assert.match(bad.problems[0].message, /next to a wheelchair space/);
});

test("seats outside the grid, doubled seats, empty layouts and repeated row labels are refused", () => {
  assert.ok(
    planLayout({ rows: 1, cols: 2, seats: [{ row: 0, col: 5, type: "STANDARD" }] }).problems.some((p) =>
      /outside the grid/.test(p.message),
    ),
  );
  assert.ok(
    planLayout({ rows: 1, cols: 2, seats: [...row(0, [0]), ...row(0, [0])] }).problems.some((p) =>
      /share/.test(p.message),
    ),
  );
  assert.ok(planLayout({ rows: 1, cols: 2, seats: [] }).problems.some((p) => /at least one seat/.test(p.message)));
  assert.ok(
    planLayout({ rows: 2, cols: 2, rowLabels: ["A", "A"], seats: [...row(0, [0]), ...row(1, [0])] }).problems.some(
      (p) => /used twice/.test(p.message),
    ),
  );
});

test("a daily series at 19:30 stays at 19:30 local time across the clock change", () => {
  const starts = seriesStarts({ from: "2026-10-23", to: "2026-10-27", times: ["19:30"] }, "Europe/London");
  assert.equal(starts.length, 5);
  assert.equal(starts[0].toISOString(), "2026-10-23T18:30:00.000Z", "BST");
  assert.equal(starts[4].toISOString(), "2026-10-27T19:30:00.000Z", "GMT after 25 October");
});

test("a series can skip weekdays and have several times a day", () => {
  const starts = seriesStarts(
    { from: "2026-12-07", to: "2026-12-13", times: ["14:00", "20:00"], weekdays: [5, 6] },
    "America/New_York",
  );
  assert.deepEqual(
    starts.map((s) => s.toISOString()),
    ["2026-12-11T19:00:00.000Z", "2026-12-12T01:00:00.000Z", "2026-12-12T19:00:00.000Z", "2026-12-13T01:00:00.000Z"],
  );
});

test("nearly full and sold out", () => {
  assert.equal(occupancy(0, 100), "sold_out");
  assert.equal(occupancy(8, 100), "nearly_full");
  assert.equal(occupancy(60, 100), "available");
});
