// Per-address limits count the connection's address: an invented
// X-Forwarded-For moves nobody into another bucket, unless the app was told
// (TRUST_PROXY) that the sender is a proxy it may believe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { APP_A, APP_TRUSTING, post, unique } from "./helpers";

const SIGN_IN_PER_ADDRESS = 20;

async function guesses(base: string, count: number) {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    // A different account each time, so only the per-address limit can refuse.
    const response = await post(
      base,
      "/api/auth/token",
      { email: `${unique("guess")}@example.test`, password: "not the password" },
      { "x-forwarded-for": `10.${i}.${i}.${i}` },
    );
    statuses.push(response.status);
  }
  return statuses;
}

test("an invented X-Forwarded-For does not escape the per-address sign-in limit", async () => {
  const statuses = await guesses(APP_A, SIGN_IN_PER_ADDRESS + 2);
  assert.deepEqual(statuses.slice(0, SIGN_IN_PER_ADDRESS), Array(SIGN_IN_PER_ADDRESS).fill(401));
  assert.deepEqual(statuses.slice(SIGN_IN_PER_ADDRESS), [429, 429]);
});

test("behind a trusted proxy, X-Forwarded-For names the client", async () => {
  // The app trusting loopback believes each request's header: every one is its own address.
  const statuses = await guesses(APP_TRUSTING, SIGN_IN_PER_ADDRESS + 2);
  assert.ok(
    statuses.every((status) => status === 401),
    statuses.join(","),
  );
});
