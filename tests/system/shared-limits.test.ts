// The on-sale path's limits are counted in each instance's memory and shared
// through PostgreSQL a few times a second: one moviegoer alternating between
// two instances is still stopped at the limit (give or take what crosses in
// one sharing interval), not at twice it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_A, APP_B, freePair, moviegoer } from "./helpers";

const HOLDS_PER_ACCOUNT = 30;

test("hold attempts spread over two instances meet one per-account limit", async () => {
  const { showtimeId, seatIds } = await freePair(APP_A);
  const owner = await moviegoer();
  const hold = (base: string, token: string) =>
    fetch(`${base}/api/seats/hold`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ showtimeId, seatIds }),
    });
  assert.equal((await hold(APP_A, owner.token)).status, 201, "someone holds the pair");
  const buyer = await moviegoer();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < HOLDS_PER_ACCOUNT + 6; attempt++) {
    statuses.push((await hold(attempt % 2 ? APP_B : APP_A, buyer.token)).status);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const firstRefusal = statuses.indexOf(429);
  assert.ok(firstRefusal >= 0, `refused at last (${statuses.join(",")})`);
  assert.ok(
    firstRefusal >= HOLDS_PER_ACCOUNT - 1 && firstRefusal <= HOLDS_PER_ACCOUNT + 2,
    `the first refusal comes at the limit, not at twice it: attempt ${firstRefusal + 1}`,
  );
  assert.ok(
    statuses.slice(firstRefusal).every((status) => status === 429),
    "and every attempt after it is refused",
  );
});
