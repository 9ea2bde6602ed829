// The account's signed-in browsers and apps are listed, each can be signed
// out, and "sign out everywhere" ends them all (issue 11.5).
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as register } from "@/app/api/users/register/route";
import { POST as token } from "@/app/api/auth/token/route";
import { GET as me } from "@/app/api/users/me/route";
import { GET as listSessions, DELETE as signOutEverywhere } from "@/app/api/users/me/sessions/route";
import { DELETE as signOutOne } from "@/app/api/users/me/sessions/[id]/route";
import { callRoute, unique } from "../helpers/fixtures";

const password = "violet kettle under rain";

async function account() {
  const email = `${unique("sessions")}@example.test`;
  await callRoute(register, { url: "/api/users/register", body: { email, password, name: "S" } });
  return email;
}

async function signIn(email: string, userAgent: string): Promise<string> {
  const answer = await callRoute(token, {
    url: "/api/auth/token",
    headers: { "content-type": "application/json", "user-agent": userAgent },
    body: { email, password },
  });
  assert.equal(answer.status, 200);
  return (await answer.json()).accessToken;
}

const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });
const meStatus = async (accessToken: string) =>
  (await callRoute(me, { url: "/api/users/me", headers: bearer(accessToken) })).status;

test("the sessions are listed, the current one marked, and another one signed out alone", async () => {
  const email = await account();
  const phone = await signIn(email, "CinemaApp/2.1 (iPhone; iOS 18)");
  const tablet = await signIn(email, "CinemaApp/2.1 (Android 15)");
  const listed = await (
    await callRoute(listSessions, { url: "/api/users/me/sessions", headers: bearer(phone) })
  ).json();
  assert.equal(listed.items.length, 2);
  const mine = listed.items.find((session: { current: boolean }) => session.current);
  const other = listed.items.find((session: { current: boolean }) => !session.current);
  assert.match(mine.userAgent, /iPhone/);
  assert.equal(mine.kind, "APP");

  const ended = await callRoute(signOutOne, {
    url: `/api/users/me/sessions/${other.id}`,
    method: "DELETE",
    headers: bearer(phone),
    params: { id: other.id },
  });
  assert.equal(ended.status, 204);
  assert.equal(await meStatus(tablet), 401, "the signed-out app stops at once");
  assert.equal(await meStatus(phone), 200, "the others go on");
});

test("someone else's session can't be signed out", async () => {
  const victim = await account();
  const victimToken = await signIn(victim, "CinemaApp/2.1");
  const [victimSession] = (
    await (await callRoute(listSessions, { url: "/api/users/me/sessions", headers: bearer(victimToken) })).json()
  ).items;
  const attacker = await signIn(await account(), "CinemaApp/2.1");
  const answer = await callRoute(signOutOne, {
    url: `/api/users/me/sessions/${victimSession.id}`,
    method: "DELETE",
    headers: bearer(attacker),
    params: { id: victimSession.id },
  });
  assert.equal(answer.status, 404);
  assert.equal(await meStatus(victimToken), 200);
});

test("sign out everywhere ends every browser and app, this one included", async () => {
  const email = await account();
  const first = await signIn(email, "CinemaApp/2.1");
  const second = await signIn(email, "CinemaApp/2.1");
  const answer = await callRoute(signOutEverywhere, {
    url: "/api/users/me/sessions",
    method: "DELETE",
    headers: bearer(first),
  });
  assert.equal(answer.status, 204);
  assert.equal(await meStatus(first), 401);
  assert.equal(await meStatus(second), 401);
});
