// The authentication journey of API.md for a new user, and the bearer token
// lifecycle: tampering, expiry, refresh rotation and reuse.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SignJWT } from "jose";
import { POST as register } from "@/app/api/users/register/route";
import { POST as token } from "@/app/api/auth/token/route";
import { POST as refresh } from "@/app/api/auth/token/refresh/route";
import { POST as revoke } from "@/app/api/auth/token/revoke/route";
import { GET as me } from "@/app/api/users/me/route";
import { authSecret } from "@/lib/env";
import { callRoute, unique } from "../helpers/fixtures";

const password = "a-long-enough-passphrase";

async function newAccount() {
  const email = `${unique("id")}@example.test`;
  const response = await callRoute(register, { url: "/api/users/register", body: { email, password, name: "Nia" } });
  assert.equal(response.status, 201);
  const { accessToken } = await signIn(email);
  return { email, user: (await (await meWith(accessToken)).json()).user };
}

async function signIn(email: string) {
  const response = await callRoute(token, { url: "/api/auth/token", body: { email, password } });
  assert.equal(response.status, 200);
  return response.json();
}

const meWith = (accessToken: string) =>
  callRoute(me, { url: "/api/users/me", headers: { authorization: `Bearer ${accessToken}` } });

test("register, get a token, and read /api/users/me with it", async () => {
  const { email, user } = await newAccount();
  assert.equal(user.role, "CUSTOMER");
  assert.equal(user.emailVerified, false, "a new address is unconfirmed until its link is opened");
  const tokens = await signIn(email.toUpperCase());
  assert.equal(tokens.tokenType, "Bearer");
  assert.equal(tokens.expiresIn, 900);
  const response = await meWith(tokens.accessToken);
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.user.email, email);
  assert.ok(!JSON.stringify(body).includes("passwordHash"));
});

test("weak passwords are refused (registering twice: accounts-sign-up.test.ts)", async () => {
  for (const weak of ["short", "password123"]) {
    const response = await callRoute(register, {
      url: "/api/users/register",
      body: { email: `${unique()}@example.test`, password: weak, name: "W" },
    });
    assert.equal(response.status, 400);
    const problem = await response.json();
    assert.equal(problem.code, "validation_failed");
    assert.equal(problem.errors[0].path, "password");
  }
});

test("a wrong password is 401 and does not say which part was wrong", async () => {
  const { email } = await newAccount();
  const wrong = await callRoute(token, { url: "/api/auth/token", body: { email, password: "not-the-password" } });
  const unknown = await callRoute(token, {
    url: "/api/auth/token",
    body: { email: `${unique()}@example.test`, password },
  });
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  assert.equal((await wrong.json()).detail, (await unknown.json()).detail);
});

test("tampered, foreign, expired and missing tokens are all 401", async () => {
  const { email, user } = await newAccount();
  const { accessToken } = await signIn(email);
  const [header, payload, signature] = accessToken.split(".");
  const claims = JSON.parse(Buffer.from(payload, "base64url").toString());
  const forged = Buffer.from(JSON.stringify({ ...claims, role: "ADMIN" })).toString("base64url");
  // Everything right but the signing secret or the time: the token's own session is live.
  const signedWith = (secret: string, expiresAt: number) =>
    new SignJWT({ email, role: "CUSTOMER", ver: 0, sid: claims.sid })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuer("cinema")
      .setAudience("cinema-api")
      .setIssuedAt(expiresAt - 600)
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(secret));
  const now = Math.floor(Date.now() / 1000);
  const expired = await signedWith(authSecret(), now - 60);
  const foreign = await signedWith("someone-elses-secret", now + 300);
  // The development secret this code once shipped with is published: it must sign nothing.
  const published = await signedWith("cinema-development-secret-change-me-in-production", now + 300);
  assert.equal(
    (await meWith(await signedWith(authSecret(), now + 300))).status,
    200,
    "the installation's own secret works",
  );
  for (const bad of [`${header}.${forged}.${signature}`, expired, foreign, published, "garbage"]) {
    const response = await meWith(bad);
    assert.equal(response.status, 401);
    assert.equal((await response.json()).code, "unauthenticated");
  }
  assert.equal((await callRoute(me, { url: "/api/users/me" })).status, 401);
});

test("refresh rotates the token; reusing an old one revokes the whole family", async () => {
  const { email } = await newAccount();
  const first = await signIn(email);
  const second = await (
    await callRoute(refresh, { url: "/api/auth/token/refresh", body: { refreshToken: first.refreshToken } })
  ).json();
  assert.ok(second.accessToken && second.refreshToken !== first.refreshToken);
  assert.equal((await meWith(second.accessToken)).status, 200);

  const reuse = await callRoute(refresh, {
    url: "/api/auth/token/refresh",
    body: { refreshToken: first.refreshToken },
  });
  assert.equal(reuse.status, 401);
  assert.equal((await reuse.json()).code, "invalid_token");
  const afterTheft = await callRoute(refresh, {
    url: "/api/auth/token/refresh",
    body: { refreshToken: second.refreshToken },
  });
  assert.equal(afterTheft.status, 401, "the legitimate newer token died with its family");
});

test("two concurrent refreshes of one token: exactly one wins", async () => {
  const { email } = await newAccount();
  const { refreshToken } = await signIn(email);
  const answers = await Promise.all(
    [1, 2, 3].map(() => callRoute(refresh, { url: "/api/auth/token/refresh", body: { refreshToken } })),
  );
  assert.equal(answers.filter((r) => r.status === 200).length, 1);
});

test("revoking a refresh token ends its family", async () => {
  const { email } = await newAccount();
  const { refreshToken } = await signIn(email);
  assert.equal((await callRoute(revoke, { url: "/api/auth/token/revoke", body: { refreshToken } })).status, 204);
  assert.equal((await callRoute(refresh, { url: "/api/auth/token/refresh", body: { refreshToken } })).status, 401);
});
