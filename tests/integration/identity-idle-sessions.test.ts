// A session left unused longer than SESSION_IDLE_MINUTES ends; one in use is
// pushed back by its requests (ASVS 7.3.1). A session past its lifetime ends
// however busy it was.
import { test } from "node:test";
import assert from "node:assert/strict";
import { GET as me } from "@/app/api/users/me/route";
import { db } from "@/lib/db";
import { SESSION_IDLE_MINUTES, standingChanged } from "@/lib/services/users";
import { authHeaders, callRoute, makeUser } from "../helpers/fixtures";

async function ageSession(sessionId: string, data: { lastSeenAt?: Date; expiresAt?: Date }) {
  await db.session.update({ where: { id: sessionId }, data });
  standingChanged({ sessionIds: [sessionId] });
}

test("an idle session ends; a recently used one is kept and its use recorded", async () => {
  const user = await makeUser();
  const headers = await authHeaders(user);
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  await ageSession(user.sessionId!, { lastSeenAt: minutesAgo(SESSION_IDLE_MINUTES - 5) });
  assert.equal((await callRoute(me, { url: "/api/users/me", headers })).status, 200);
  // The use is recorded beside the answer, not before it: wait for it.
  const recorded = async () =>
    Date.now() - (await db.session.findUniqueOrThrow({ where: { id: user.sessionId! } })).lastSeenAt.getTime() < 60_000;
  for (let i = 0; i < 100 && !(await recorded()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.ok(await recorded(), "the request counted as a use");

  await ageSession(user.sessionId!, { lastSeenAt: minutesAgo(SESSION_IDLE_MINUTES + 1) });
  assert.equal((await callRoute(me, { url: "/api/users/me", headers })).status, 401);
});

test("a session past its lifetime ends, however recently used", async () => {
  const user = await makeUser();
  const headers = await authHeaders(user);
  await ageSession(user.sessionId!, { lastSeenAt: new Date(), expiresAt: new Date(Date.now() - 1000) });
  assert.equal((await callRoute(me, { url: "/api/users/me", headers })).status, 401);
});
