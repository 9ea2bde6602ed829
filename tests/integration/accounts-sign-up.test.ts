// Sign-up can't be used to find out whether an address has an account: a
// known address gets the answer a new one gets, and its owner an e-mail
// instead of the caller a 409 (security review 15.8).
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as register } from "@/app/api/users/register/route";
import { POST as token } from "@/app/api/auth/token/route";
import { db } from "@/lib/db";
import { callRoute, unique } from "../helpers/fixtures";

const signUp = (email: string, password: string, name: string) =>
  callRoute(register, { url: "/api/users/register", body: { email, password, name } });

test("a known address gets the same answer as a new one, and its owner an e-mail", async () => {
  const email = `${unique("taken")}@example.test`;
  const first = await signUp(email, "violet kettle under rain", "Owner");
  const again = await signUp(email.toUpperCase(), "attacker picked phrase", "Attacker");
  assert.equal(first.status, 201);
  assert.equal(again.status, first.status);
  const [firstBody, againBody] = [await first.json(), await again.json()];
  // The same shape and kind of id; only the id itself (and what was typed) differs.
  assert.deepEqual(Object.keys(againBody.user).sort(), Object.keys(firstBody.user).sort());
  assert.equal(againBody.user.id.length, firstBody.user.id.length);
  assert.notEqual(againBody.user.id, (await db.user.findUniqueOrThrow({ where: { email } })).id, "a stand-in id");
  assert.deepEqual(
    [...again.headers.keys()].filter((h) => h !== "date" && h !== "x-request-id").sort(),
    [...first.headers.keys()].filter((h) => h !== "date" && h !== "x-request-id").sort(),
  );

  const owner = await db.user.findUniqueOrThrow({ where: { email } });
  assert.equal(owner.name, "Owner", "the account is untouched");
  const signIn = await callRoute(token, {
    url: "/api/auth/token",
    body: { email, password: "attacker picked phrase" },
  });
  assert.equal(signIn.status, 401, "the second sign-up's password opens nothing");
  const mail = await db.outboxMessage.findMany({ where: { recipient: email }, orderBy: { createdAt: "asc" } });
  assert.deepEqual(
    mail.map((m) => m.template),
    ["verify-email", "sign-up-attempt"],
  );
  assert.doesNotMatch(
    JSON.stringify(mail.map((m) => m.payload)),
    /Attacker|Owner/,
    "no chosen name to an unproved address",
  );
});

test("repeated sign-ups with a known address send its owner one e-mail an hour, not one each", async () => {
  const email = `${unique("busy")}@example.test`;
  await signUp(email, "violet kettle under rain", "Owner");
  const hour = () => Math.floor(Date.now() / 3_600_000);
  const started = hour();
  for (let i = 0; i < 3; i++) assert.equal((await signUp(email, "attacker picked phrase", "A")).status, 201);
  const hours = hour() - started + 1; // the attempts may straddle the turn of an hour
  assert.ok((await db.outboxMessage.count({ where: { recipient: email, template: "sign-up-attempt" } })) <= hours);
});

test("a weak password is refused alike for new and known addresses", async () => {
  const email = `${unique("weak")}@example.test`;
  await signUp(email, "violet kettle under rain", "Owner");
  const known = await signUp(email, "password123", "W");
  const fresh = await signUp(`${unique("weak")}@example.test`, "password123", "W");
  assert.equal(known.status, 400);
  assert.deepEqual(await known.json(), await fresh.json());
});
