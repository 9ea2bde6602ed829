// Signing in and asking for a password reset take as long whether or not the
// address has an account (issue 11.5), and a password hash made with older
// scrypt parameters is upgraded when its owner signs in (security review 15.7).
//
// How the timing is judged: a sign-in is dominated by one scrypt at N=2^17
// (hundreds of milliseconds); database lookups cost a few. Skipping the hash
// for an unknown address, or checking an old, four times cheaper hash without
// padding, moves the ratio of medians to 0.3 or below; machine noise stays
// well inside 0.5–2. A reset request does no hashing and no lookup before it
// answers, so both of its medians must lie within a few milliseconds (30 ms
// allows for a busy machine).
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes, scryptSync } from "node:crypto";
import { POST as token } from "@/app/api/auth/token/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as askReset } from "@/app/api/users/password-reset/route";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/services/users/password";
import { callRoute, makeUser, unique } from "../helpers/fixtures";

const password = "violet kettle under rain";

function legacyHash(secret: string) {
  const salt = randomBytes(16);
  const key = scryptSync(secret, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ["scrypt", 1 << 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

async function accountWith(passwordHash: string) {
  const user = await makeUser();
  await db.user.update({ where: { id: user.id }, data: { passwordHash } });
  return user.email;
}

/**
 * Median times of two kinds of attempt, run in turns so that a change in the
 * machine's load falls on both alike.
 */
async function medians(
  first: () => Promise<unknown>,
  second: () => Promise<unknown>,
  runs = 7,
  pauseMs = 0,
): Promise<[number, number]> {
  await first(); // warm-up: module loading and connections are not what is measured
  await second();
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    // First-second, then second-first: whatever favours one place in the turn favours both.
    for (const index of i % 2 ? [1, 0] : [0, 1]) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      const started = performance.now();
      await [first, second][index]();
      times[index].push(performance.now() - started);
    }
  }
  const middle = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return [middle(times[0]), middle(times[1])];
}

function assertAlike(label: string, [a, b]: [number, number]) {
  const ratio = a / b;
  assert.ok(ratio > 0.5 && ratio < 2, `${label}: medians ${a.toFixed(0)} ms and ${b.toFixed(0)} ms`);
}

const tokenAttempt = (email: string) => () =>
  callRoute(token, { url: "/api/auth/token", body: { email, password: "not the password at all" } }).then((r) => {
    assert.equal(r.status, 401);
  });

test("the token endpoint takes as long for an unknown address as for a wrong password, old hashes included", async () => {
  const known = await accountWith(await hashPassword(password));
  const legacy = await accountWith(legacyHash(password));
  const unknown = tokenAttempt(`${unique("nobody")}@example.test`);
  assertAlike("unknown vs known", await medians(unknown, tokenAttempt(known)));
  assertAlike("unknown vs old hash", await medians(unknown, tokenAttempt(legacy)));
});

/** A browser sign-in through Auth.js's credentials callback, with its CSRF token. */
async function browserSignIn(email: string) {
  const csrf = await authGet(new Request("http://localhost:3000/api/auth/csrf") as never);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = await csrf.json();
  const answer = await authPost(
    new Request("http://localhost:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ email, password: "not the password at all", csrfToken, callbackUrl: "/" }),
    }) as never,
  );
  assert.match(answer.headers.get("location") ?? "", /error=CredentialsSignin/);
}

test("the browser sign-in takes as long for an unknown address as for a wrong password", async () => {
  const known = await accountWith(await hashPassword(password));
  const unknown = `${unique("nobody")}@example.test`;
  assertAlike(
    "unknown vs known",
    await medians(
      () => browserSignIn(unknown),
      () => browserSignIn(known),
    ),
  );
});

test("a reset request answers as fast for an unknown address as for a known one", async () => {
  const known = await accountWith(await hashPassword(password));
  const ask = (email: string) => () =>
    callRoute(askReset, { url: "/api/users/password-reset", body: { email } }).then((r) => assert.equal(r.status, 202));
  // Paused between requests: what is measured is the answer, not the previous request's e-mail work.
  const [unknown, existing] = await medians(ask(`${unique("nobody")}@example.test`), ask(known), 9, 200);
  assert.ok(Math.abs(unknown - existing) < 30, `medians ${unknown.toFixed(1)} ms and ${existing.toFixed(1)} ms`);
});

test("signing in replaces a hash made with older parameters, and the password still works", async () => {
  const email = await accountWith(legacyHash(password));
  const answer = await callRoute(token, { url: "/api/auth/token", body: { email, password } });
  assert.equal(answer.status, 200);
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email } });
  assert.equal(passwordHash.split("$")[1], String(1 << 17));
  assert.ok(await verifyPassword(password, passwordHash));
  const again = await callRoute(token, { url: "/api/auth/token", body: { email, password } });
  assert.equal(again.status, 200);
});
