// Changing the password is limited per account, so whoever holds a session
// can't guess the current password without limit (security review 15.7).
import { test } from "node:test";
import assert from "node:assert/strict";
import { changePassword } from "@/lib/services/users";
import { LIMITS } from "@/lib/gateway/rate-limit";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/services/users/password";
import { makeUser } from "../helpers/fixtures";

// The real limits, not the raised ones the test runner sets for other suites.
process.env.RATE_LIMIT_MULTIPLIER = "1";

test("guesses of the current password stop at the per-account limit, even the right one", async () => {
  const user = await makeUser();
  await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword("violet kettle under rain") },
  });
  const limit = LIMITS.passwordChangePerAccount.points;
  for (let i = 0; i < limit; i++) {
    await assert.rejects(changePassword(user.id, `guess number ${i}`, "quiet orchard at dawn"), {
      code: "invalid_credentials",
    });
  }
  await assert.rejects(changePassword(user.id, "violet kettle under rain", "quiet orchard at dawn"), {
    code: "rate_limited",
  });
  const other = await makeUser();
  await assert.rejects(changePassword(other.id, "guess", "quiet orchard at dawn"), { code: "invalid_credentials" });
});
