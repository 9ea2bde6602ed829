// Password hashes use scrypt at OWASP's current parameters (N=2^17, r=8,
// p=1); older hashes still verify and are flagged for an upgrade
// (security review 15.7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes, scryptSync } from "node:crypto";
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from "@/lib/services/users/password";

const legacyHash = (password: string) => {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ["scrypt", 1 << 15, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
};

test("new hashes use N=2^17, r=8, p=1 and verify", async () => {
  const hash = await hashPassword("violet kettle under rain");
  assert.deepEqual(hash.split("$").slice(0, 4), ["scrypt", String(1 << 17), "8", "1"]);
  assert.equal(await verifyPassword("violet kettle under rain", hash), true);
  assert.equal(await verifyPassword("violet kettle under snow", hash), false);
  assert.equal(needsRehash(hash), false);
});

test("a hash made at N=2^15 still verifies and needs a rehash", async () => {
  const hash = legacyHash("violet kettle under rain");
  assert.equal(await verifyPassword("violet kettle under rain", hash), true);
  assert.equal(needsRehash(hash), true);
});

test("the hash checked for unknown addresses uses the current parameters", () => {
  assert.equal(needsRehash(DUMMY_HASH), false);
});
