-- Rules Prisma's schema language cannot state, so the database enforces them
-- whatever the code does. The schema test lists these as expected extras.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- No two live showtimes of one hall overlap, cleaning time included.
ALTER TABLE "showtimes"."showtimes"
  ADD CONSTRAINT "showtimes_no_overlap"
  EXCLUDE USING gist ("hall_id" WITH =, tstzrange("starts_at", "blocked_until") WITH &&)
  WHERE ("status" <> 'CANCELLED');

ALTER TABLE "showtimes"."showtimes"
  ADD CONSTRAINT "showtimes_times_check" CHECK ("starts_at" < "ends_at" AND "ends_at" <= "blocked_until");

-- A held seat always says by which hold and until when.
ALTER TABLE "seats"."showtime_seats"
  ADD CONSTRAINT "showtime_seats_held_check"
  CHECK ("status" <> 'HELD' OR ("hold_id" IS NOT NULL AND "held_until" IS NOT NULL));

-- The last line of defence against selling a seat twice: one valid ticket
-- per seat per showtime.
CREATE UNIQUE INDEX "tickets_one_valid_per_seat"
  ON "bookings"."tickets" ("showtime_id", "seat_id") WHERE "voided_at" IS NULL;

ALTER TABLE "bookings"."bookings" ADD CONSTRAINT "bookings_amount_check" CHECK ("amount_cents" >= 0);
ALTER TABLE "bookings"."tickets" ADD CONSTRAINT "tickets_amount_check" CHECK ("amount_cents" >= 0);
ALTER TABLE "payments"."payments"
  ADD CONSTRAINT "payments_refund_check" CHECK ("amount_refunded_cents" >= 0 AND "amount_refunded_cents" <= "amount_cents");
ALTER TABLE "showtimes"."showtime_prices" ADD CONSTRAINT "showtime_prices_amount_check" CHECK ("amount_cents" >= 0);
ALTER TABLE "showtimes"."hall_prices" ADD CONSTRAINT "hall_prices_amount_check" CHECK ("amount_cents" >= 0);

-- The workers' hot queries: due messages and expired holds.
CREATE INDEX "outbox_due_idx" ON "notifications"."outbox" ("next_attempt_at") WHERE "status" = 'PENDING';
CREATE INDEX "holds_active_expiry_idx" ON "seats"."holds" ("expires_at") WHERE "status" = 'ACTIVE';
