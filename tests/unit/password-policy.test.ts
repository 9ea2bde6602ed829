// The password policy refuses what attackers try first: the shipped list of
// common passwords, not a handful typed in by hand (security review 15.7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { passwordProblem } from "@/lib/services/users/password-policy";

test("common passwords from the shipped list are refused, well beyond the top 32", async () => {
  // Ranks 942, 1345, 2655, 2729 and 3107 of the list: ASVS asks for the top 3,000 or more.
  for (const common of ["basketball", "manchester", "terminator", "California", "christopher"]) {
    assert.match((await passwordProblem(common)) ?? "", /most common/, common);
  }
});

test("the service's own words with digits are refused", async () => {
  for (const weak of ["cinema2026!", "Movies12345", "tickets-2026"]) {
    assert.match((await passwordProblem(weak)) ?? "", /most common/, weak);
  }
});

test("length, repetition and the e-mail address are checked; a passphrase passes", async () => {
  assert.equal(await passwordProblem("short"), "Use at least 10 characters.");
  assert.equal(await passwordProblem("x".repeat(201)), "Use at most 200 characters.");
  assert.equal(await passwordProblem("zzzzzzzzzzzz"), "Don't repeat one character.");
  assert.match((await passwordProblem("nia.walker-2026", "nia.walker@example.test")) ?? "", /e-mail address/);
  assert.equal(await passwordProblem("violet kettle under rain", "nia@example.test"), null);
});
