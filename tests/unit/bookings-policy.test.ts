import { test } from "node:test";
import assert from "node:assert/strict";
import { cancellationDecision } from "@/lib/services/bookings/cancellation-policy";
import { isReference, newReference, newTicketCode } from "@/lib/services/bookings/codes";

const now = new Date("2026-12-01T12:00:00Z");
const hoursAhead = (h: number) => new Date(now.getTime() + h * 3_600_000);

test("a paid booking can be cancelled for a refund until the cutoff", () => {
  assert.deepEqual(cancellationDecision({ status: "CONFIRMED", startsAt: hoursAhead(3), now, cutoffMinutes: 120 }), {
    allowed: true,
    refund: true,
  });
  const late = cancellationDecision({ status: "CONFIRMED", startsAt: hoursAhead(1.5), now, cutoffMinutes: 120 });
  assert.equal(late.allowed, false);
  assert.match((late as { reason: string }).reason, /up to 2 hours before the show/);
});

test("an unpaid booking can always be dropped; ended ones cannot be cancelled", () => {
  assert.deepEqual(
    cancellationDecision({ status: "PENDING_PAYMENT", startsAt: hoursAhead(0.1), now, cutoffMinutes: 120 }),
    { allowed: true, refund: false },
  );
  assert.equal(
    cancellationDecision({ status: "REFUNDED", startsAt: hoursAhead(10), now, cutoffMinutes: 120 }).allowed,
    false,
  );
});

test("references avoid look-alike characters; ticket codes are long and random", () => {
  const references = Array.from({ length: 2000 }, newReference);
  assert.ok(references.every(isReference));
  assert.ok(references.every((r) => !/[01OI]/.test(r)));
  assert.equal(new Set(references).size, references.length);
  const codes = Array.from({ length: 2000 }, newTicketCode);
  assert.ok(codes.every((c) => /^tk_[a-z2-7]{26}$/.test(c)));
  assert.equal(new Set(codes).size, codes.length);
});
