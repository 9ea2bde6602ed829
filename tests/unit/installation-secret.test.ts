// A secret nobody configured is generated once per installation, kept where
// only the app's user can read it, and the same after a restart.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { installationSecret } from "@/lib/installation-secret";

test("a generated secret is strong, private to the app's user, and kept", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cinema-secret-"));
  const secret = installationSecret(dir, "auth-secret");
  assert.ok(secret.length >= 43, "256 random bits");
  const file = path.join(dir, "secrets", "auth-secret");
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  assert.equal(fs.statSync(path.dirname(file)).mode & 0o777, 0o700);
  assert.equal(fs.readFileSync(file, "utf8").trim(), secret);
  assert.equal(installationSecret(dir, "auth-secret"), secret, "the same after a restart");
  assert.match(installationSecret(dir, "webhook-secret", "whsec_"), /^whsec_/);
  assert.notEqual(installationSecret(fs.mkdtempSync(path.join(os.tmpdir(), "cinema-secret-")), "auth-secret"), secret);
});
