// Database refusals as the errors callers expect, from Prisma's structured errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isUniqueViolation, uniqueViolationAs, violates } from "@/lib/db-errors";
import { Prisma } from "@/lib/generated/prisma/client";

const known = (code: string, meta: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError("refused", { code, clientVersion: "7", meta });

// As Prisma 7 with the pg adapter reports an overlapping showtime (seen on a real PostgreSQL).
const overlap = known("P2039", {
  modelName: "Showtime",
  driverAdapterError: {
    name: "DriverAdapterError",
    cause: {
      originalCode: "23P01",
      originalMessage: 'conflicting key value violates exclusion constraint "showtimes_no_overlap"',
    },
  },
});

test("a unique violation is recognised, and turned into the caller's AppError", () => {
  const taken = known("P2002", { target: ["email"] });
  assert.equal(isUniqueViolation(taken), true);
  assert.equal(isUniqueViolation(taken, ["email"]), true);
  assert.equal(isUniqueViolation(taken, ["slug"]), false);
  assert.equal(isUniqueViolation(new Error("P2002")), false);
  assert.throws(() => uniqueViolationAs(taken, "email_taken", "That e-mail has an account."), { code: "email_taken" });
  const other = new Error("boom");
  assert.throws(
    () => uniqueViolationAs(other, "email_taken", "x"),
    (error) => error === other,
  );
});

test("a named constraint is found in the driver's report, not in the printed message", () => {
  assert.equal(violates(overlap, "showtimes_no_overlap"), true);
  assert.equal(violates(overlap, "showtimes_no"), false);
  assert.equal(
    violates(new Error('violates exclusion constraint "showtimes_no_overlap"'), "showtimes_no_overlap"),
    false,
  );
});
