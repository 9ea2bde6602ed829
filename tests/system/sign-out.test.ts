// Signing out ends the session on the server: a copy of the cookie taken
// before is refused afterwards, on every instance (security review 15.6).
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_B, APP_TRUSTING, moviegoer, someAddress } from "./helpers";

const cookiesOf = (response: Response) => (response.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);

test("a copied session cookie stops working everywhere once its owner signs out", async () => {
  const { email, password } = await moviegoer();
  const from = { "x-forwarded-for": someAddress() };
  const csrf = await fetch(`${APP_TRUSTING}/api/auth/csrf`, { headers: from });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf).join("; ");
  const signedIn = await fetch(`${APP_TRUSTING}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, ...from },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
  });
  const session = cookiesOf(signedIn).find((c) => c.startsWith("authjs.session-token="));
  assert.ok(session, "signed in");
  const copied = `${csrfCookie}; ${session}`;
  const me = (base: string) => fetch(`${base}/api/users/me`, { headers: { cookie: copied } });
  assert.equal((await me(APP_B)).status, 200, "the cookie works on another instance");

  const signedOut = await fetch(`${APP_TRUSTING}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: copied, ...from },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/" }),
  });
  assert.ok(signedOut.status < 400, `sign-out: ${signedOut.status}`);
  assert.equal((await me(APP_TRUSTING)).status, 401, "refused where it signed out");
  assert.equal((await me(APP_B)).status, 401, "and on the other instance");
});
