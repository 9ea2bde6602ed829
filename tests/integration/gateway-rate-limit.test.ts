// Rate limits live in PostgreSQL, so every app instance shares them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { POST as token } from "@/app/api/auth/token/route";
import { consume, LIMITS } from "@/lib/gateway/rate-limit";
import { callRoute, unique } from "../helpers/fixtures";

// This file tests the real limits, not the raised ones the runner sets for other suites.
process.env.RATE_LIMIT_MULTIPLIER = "1";

test("sign-in attempts past the per-account limit get 429 rate_limited with Retry-After", async () => {
  const email = `${unique("rl")}@example.test`;
  const limit = LIMITS.signInPerAccount.points;
  const attempts = await Promise.all(
    Array.from({ length: limit + 3 }, (_, i) =>
      callRoute(token, {
        url: "/api/auth/token",
        headers: { "x-forwarded-for": `10.9.${i}.1` },
        body: { email, password: "wrong-password-x" },
      }),
    ),
  );
  const limited = attempts.filter((r) => r.status === 429);
  assert.equal(limited.length, 3, "exactly the attempts over the limit are refused, even when they race");
  const problem = await limited[0].json();
  assert.equal(problem.code, "rate_limited");
  assert.ok(Number(limited[0].headers.get("retry-after")) > 0);
  assert.equal(attempts.filter((r) => r.status === 401).length, limit);
});

test("a window that has passed starts counting again", async (t) => {
  // A clock the test moves, rather than a sleep that hopes the window has passed.
  t.mock.timers.enable({ apis: ["Date"], now: Date.now() });
  const limit = { name: unique("window"), points: 2, windowSeconds: 1 };
  for (let i = 0; i < 2; i++) await consume(limit, "subject");
  await assert.rejects(consume(limit, "subject"), /Too many attempts/);
  t.mock.timers.tick(999);
  await assert.rejects(consume(limit, "subject"), /Too many attempts/, "still inside the window");
  t.mock.timers.tick(1);
  await consume(limit, "subject");
});
