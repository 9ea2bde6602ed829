// Two app instances on one database: what one changes, the other knows
// within a second (PostgreSQL LISTEN/NOTIFY drops their caches and feeds
// their live seat maps).
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_A, APP_B, demoToken, freePair, moviegoer, within } from "./helpers";

test("a user disabled through one instance is refused by the other within a second", async () => {
  const user = await moviegoer();
  const me = () => fetch(`${APP_B}/api/users/me`, { headers: { authorization: `Bearer ${user.token}` } });
  assert.equal((await me()).status, 200, "B knows the user (and caches them)");
  const admin = await demoToken("admin@cinema.test");
  const disabled = await fetch(`${APP_A}/api/admin/users/${user.id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${admin}`, "content-type": "application/json" },
    body: JSON.stringify({ disabled: true }),
  });
  assert.equal(disabled.status, 200, await disabled.clone().text());
  const took = await within(1_000, async () => (await me()).status === 401);
  console.log(`refused by the other instance after ${took.toFixed(0)} ms`);
});

test("a seat held through one instance reaches a seat picker connected to the other within a second", async () => {
  const { showtimeId, seatIds } = await freePair(APP_A);
  const buyer = await moviegoer();
  const controller = new AbortController();
  const stream = await fetch(`${APP_B}/api/showtimes/${showtimeId}/seats/stream`, { signal: controller.signal });
  assert.equal(stream.headers.get("content-type"), "text/event-stream; charset=utf-8");
  const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  let snapshots = 0;
  const heldSeen = new Set<string>();
  const seen = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      const events = buffered.split("\n\n");
      buffered = events.pop()!;
      for (const event of events) {
        const data = event.split("\n").find((line) => line.startsWith("data: "));
        if (!event.includes("event: seats") || !data) continue;
        const { changes } = JSON.parse(data.slice(6)) as { changes: [string, string][] };
        snapshots++;
        for (const [seatId, status] of changes) if (status === "held") heldSeen.add(seatId);
      }
    }
  })().catch(() => {});
  // The first event lists every seat as it is: the pair is free.
  await within(2_000, async () => snapshots > 0);
  assert.ok(!seatIds.some((id) => heldSeen.has(id)), "the pair starts free");

  const held = await fetch(`${APP_A}/api/seats/hold`, {
    method: "POST",
    headers: { authorization: `Bearer ${buyer.token}`, "content-type": "application/json" },
    body: JSON.stringify({ showtimeId, seatIds }),
  });
  assert.equal(held.status, 201, await held.clone().text());
  const took = await within(1_000, async () => seatIds.every((id) => heldSeen.has(id)));
  console.log(`the other instance's picker saw the hold after ${took.toFixed(0)} ms`);
  controller.abort();
  await seen;
});
