// Password guessing through Auth.js's own public endpoint is limited like
// the sign-in form and the token endpoint: after the per-account limit even
// the right password is refused, and no session cookie is given.
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_TRUSTING, moviegoer, someAddress } from "./helpers";

/** One sign-in through Auth.js's endpoint, each from another address: only the per-account limit applies. */
async function callbackSignIn(email: string, password: string) {
  const from = { "x-forwarded-for": someAddress() };
  const csrf = await fetch(`${APP_TRUSTING}/api/auth/csrf`, { headers: from });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${APP_TRUSTING}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...from },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const signedIn = (response.headers.getSetCookie?.() ?? []).some((c) => /authjs\.session-token=[^;]+/.test(c));
  return { status: response.status, location: response.headers.get("location") ?? "", signedIn };
}

test("POST /api/auth/callback/credentials stops guessing at the account's limit", async () => {
  const { email, password } = await moviegoer();
  const wrong = [];
  for (let i = 0; i < 10; i++) wrong.push(await callbackSignIn(email, `wrong guess ${i}`));
  assert.ok(
    wrong.every((attempt) => !attempt.signedIn && attempt.location.includes("error=CredentialsSignin")),
    JSON.stringify(wrong),
  );
  const right = await callbackSignIn(email, password);
  assert.equal(right.signedIn, false, "the right password after the limit does not sign in");
  assert.match(right.location, /code=rate_limited/);
});
