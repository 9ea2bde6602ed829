-- A hold changes a seat's status, hold, holder and end time. When none of
-- these columns is indexed and the page has room, PostgreSQL updates the
-- row in place ("HOT"), touching no index: the on-sale path's cheapest write.
-- So the inventory is keyed by (showtime, seat) alone, seats of a hold are
-- found through the hold's own row (it lists them), and each page keeps room
-- for the new versions of its rows.

-- DropForeignKey: the hold row is written in the same statement as its seats.
ALTER TABLE "seats"."showtime_seats" DROP CONSTRAINT "showtime_seats_hold_id_fkey";

-- DropIndex
DROP INDEX "seats"."showtime_seats_showtime_id_status_idx";
DROP INDEX "seats"."showtime_seats_hold_id_idx";
DROP INDEX "seats"."showtime_seats_status_held_until_idx";

-- AlterTable: the seat in its showtime is the key.
ALTER TABLE "seats"."showtime_seats" DROP CONSTRAINT "showtime_seats_pkey";
ALTER TABLE "seats"."showtime_seats" DROP COLUMN "id";
DROP INDEX "seats"."showtime_seats_showtime_id_seat_id_key";
ALTER TABLE "seats"."showtime_seats" ADD CONSTRAINT "showtime_seats_pkey" PRIMARY KEY ("showtime_id", "seat_id");
ALTER TABLE "seats"."showtime_seats" SET (fillfactor = 70);

-- DropIndex: expired holds are found by the partial holds_active_expiry_idx; no one lists holds by user.
DROP INDEX "seats"."holds_status_expires_at_idx";
DROP INDEX "seats"."holds_user_id_showtime_id_idx";

-- Rate-limit counters need no crash safety: after a crash they start again.
ALTER TABLE "users"."rate_limits" SET UNLOGGED;

-- A booking's sold seats, for refunds and cancellations (holds leave
-- booking_id empty, so they stay updates in place).
CREATE INDEX "showtime_seats_booking_idx" ON "seats"."showtime_seats" ("booking_id") WHERE "booking_id" IS NOT NULL;
