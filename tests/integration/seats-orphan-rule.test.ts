// The orphan-seat rule lives twice: in TypeScript (seat-rules.ts, which the
// picker uses to explain a selection) and in SQL (seats.stranded_seats,
// which decides every hold). Random rows with aisles, special seats, taken
// seats and selections must get the same verdict from both.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { pgPool } from "@/lib/db";
import { checkSeatRules, type RuleSeat } from "@/lib/services/seats/seat-rules";
import { unique } from "../helpers/fixtures";

type Cell = { kind: "aisle" } | { kind: "seat"; type: RuleSeat["type"]; taken: boolean; chosen: boolean };

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: "aisle" as const }) },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("seat" as const),
      type: fc.constantFrom<RuleSeat["type"]>("STANDARD", "STANDARD", "STANDARD", "PREMIUM", "WHEELCHAIR", "COUPLE"),
      taken: fc.boolean(),
      chosen: fc.boolean(),
    }),
  },
);
// Up to three grid rows of up to 14 places: the rule works row by row.
const hall = fc.array(fc.array(cell, { minLength: 1, maxLength: 14 }), { minLength: 1, maxLength: 3 });

const showtimes: string[] = [];
after(async () => {
  await pgPool().query(`DELETE FROM "seats"."showtime_seats" WHERE showtime_id = ANY($1)`, [showtimes]);
  await pgPool().query(`DELETE FROM "seats"."holds" WHERE showtime_id = ANY($1)`, [showtimes]);
});

async function sqlVerdict(seats: RuleSeat[], chosen: string[]): Promise<string[]> {
  const showtimeId = unique("orphan");
  showtimes.push(showtimeId);
  await pgPool().query(
    `INSERT INTO "seats"."holds" (id, showtime_id, user_id, seat_ids, status, expires_at)
     VALUES ($1 || '_hold', $1, 'someone', '{}', 'ACTIVE', now() + interval '5 minutes')`,
    [showtimeId],
  );
  await pgPool().query(
    `INSERT INTO "seats"."showtime_seats" (showtime_id, seat_id, label, type, grid_row, grid_col, status, hold_id, held_until, updated_at)
     SELECT $1, seat_id, seat_id, type, grid_row, grid_col, status::"seats"."SeatStatus",
            CASE WHEN status = 'HELD' THEN $1 || '_hold' END, CASE WHEN status = 'HELD' THEN now() + interval '5 minutes' END, now()
       FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS s(seat_id, type, grid_row, grid_col, status)`,
    [
      showtimeId,
      seats.map((seat) => seat.id),
      seats.map((seat) => seat.type),
      seats.map((seat) => seat.gridRow),
      seats.map((seat) => seat.gridCol),
      // Taken seats alternate between sold and held by someone else: both count as taken.
      seats.map((seat, i) => (seat.taken ? (i % 2 ? "SOLD" : "HELD") : "AVAILABLE")),
    ],
  );
  const { rows } = await pgPool().query<{ stranded: string[] | null }>(
    `SELECT "seats"."stranded_seats"($1, $2, now()) AS stranded`,
    [showtimeId, chosen],
  );
  return (rows[0].stranded ?? []).sort();
}

test("the SQL orphan rule and the TypeScript one agree on random rows", async () => {
  await fc.assert(
    fc.asyncProperty(hall, async (rows) => {
      const seats: RuleSeat[] = [];
      const chosen: string[] = [];
      rows.forEach((row, gridRow) =>
        row.forEach((place, gridCol) => {
          if (place.kind === "aisle") return;
          const id = `r${gridRow}c${gridCol}`;
          seats.push({ id, label: id, gridRow, gridCol, type: place.type, pairSeatId: null, taken: place.taken });
          if (place.chosen && !place.taken) chosen.push(id);
        }),
      );
      fc.pre(chosen.length > 0);
      const typescript = checkSeatRules({
        seats,
        selected: chosen,
        orphanSeatRule: true,
        companionOpenFrom: new Date(0),
        now: new Date(),
      });
      const sql = await sqlVerdict(seats, chosen);
      // Couple seats without their pair would fail the couple rule first in TypeScript: compare the orphan verdicts only.
      const orphan = typescript?.code === "orphan_seat" ? typescript.seatIds : [];
      if (typescript?.code === "seat_rules") return;
      assert.equal(sql.length > 0, orphan.length > 0, `rows ${JSON.stringify(rows)}: SQL ${sql}, TS ${orphan}`);
      // TypeScript names the first run at fault; SQL names every stranded seat, so TypeScript's are among them.
      for (const id of orphan) assert.ok(sql.includes(id), `${id} stranded in TS but not SQL (${sql})`);
    }),
    { numRuns: 300, seed: 20261125 },
  );
});
