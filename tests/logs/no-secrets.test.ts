// The logs of the app servers the system and end-to-end suites ran (sign-ups,
// sign-ins, bearer tokens, test-card payments, hostile requests): no
// password, token, session cookie, card number or e-mail address in any line.
// scripts/test.ts runs this last, with LOG_FILES naming the logs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { DEMO_PASSWORD } from "../system/helpers";

const FORBIDDEN: [string, RegExp][] = [
  ["a password", new RegExp(`${DEMO_PASSWORD}|"password"`, "i")],
  ["a JWT (bearer or session token)", /eyJ[\w-]{10,}\.[\w-]{10,}\./],
  ["an encrypted session cookie", /authjs\.session-token=|eyJhbGciOiJkaXIi/],
  ["a bearer credential", /bearer [\w.~+/-]{20,}/i],
  ["a card number", /\b(?:\d[ -]?){15}\d\b/],
  ["an e-mail address", /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i],
];

const files = (process.env.LOG_FILES ?? "").split(",").filter(Boolean);

test("the logs of the run are there to search", () => {
  assert.ok(files.length > 0, "LOG_FILES names the app servers' logs");
  for (const file of files) assert.ok(fs.statSync(file).size > 0, `${file} is empty`);
});

for (const file of files) {
  test(`${file} holds no secret and no e-mail address`, () => {
    const found: string[] = [];
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, index) => {
        for (const [what, pattern] of FORBIDDEN)
          if (pattern.test(line)) found.push(`line ${index + 1}: ${what}: ${line.slice(0, 300)}`);
      });
    assert.deepEqual(found, []);
  });
}
