-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "users";

CREATE SCHEMA IF NOT EXISTS "movies";

CREATE SCHEMA IF NOT EXISTS "showtimes";

CREATE SCHEMA IF NOT EXISTS "seats";

CREATE SCHEMA IF NOT EXISTS "bookings";

CREATE SCHEMA IF NOT EXISTS "payments";

CREATE SCHEMA IF NOT EXISTS "notifications";

-- CreateEnum
CREATE TYPE "users"."Role" AS ENUM ('CUSTOMER', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "movies"."MovieStatus" AS ENUM ('NOW_SHOWING', 'COMING_SOON', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "showtimes"."SeatType" AS ENUM ('STANDARD', 'PREMIUM', 'WHEELCHAIR', 'COMPANION', 'COUPLE');

-- CreateEnum
CREATE TYPE "showtimes"."ShowtimeStatus" AS ENUM ('SCHEDULED', 'ON_SALE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "seats"."SeatStatus" AS ENUM ('AVAILABLE', 'HELD', 'SOLD');

-- CreateEnum
CREATE TYPE "seats"."HoldStatus" AS ENUM ('ACTIVE', 'RELEASED', 'EXPIRED', 'CONVERTED');

-- CreateEnum
CREATE TYPE "bookings"."BookingStatus" AS ENUM ('PENDING_PAYMENT', 'CONFIRMED', 'EXPIRED', 'CANCELLED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "payments"."PaymentProvider" AS ENUM ('STRIPE', 'TEST');

-- CreateEnum
CREATE TYPE "payments"."PaymentStatus" AS ENUM ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED');

-- CreateEnum
CREATE TYPE "notifications"."Channel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "notifications"."MessageStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "users"."users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "users"."Role" NOT NULL DEFAULT 'CUSTOMER',
    "phone" TEXT,
    "email_opt_in" BOOLEAN NOT NULL DEFAULT true,
    "sms_opt_in" BOOLEAN NOT NULL DEFAULT false,
    "token_version" INTEGER NOT NULL DEFAULT 0,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."refresh_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "family_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "rotated_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users"."rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,
    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "users"."audit_log" (
    "id" TEXT NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "movies"."movies" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "synopsis" TEXT NOT NULL,
    "genres" TEXT[] NOT NULL,
    "runtime_min" INTEGER NOT NULL,
    "rating" TEXT NOT NULL,
    "release_date" DATE NOT NULL,
    "status" "movies"."MovieStatus" NOT NULL DEFAULT 'COMING_SOON',
    "poster_url" TEXT,
    "trailer_url" TEXT,
    "cast_line" TEXT,
    "director" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "movies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."cinemas" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "orphan_seat_rule" BOOLEAN NOT NULL DEFAULT true,
    "companion_release_minutes" INTEGER NOT NULL DEFAULT 60,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "cinemas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."halls" (
    "id" TEXT NOT NULL,
    "cinema_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cleaning_minutes" INTEGER NOT NULL DEFAULT 20,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "halls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."hall_layouts" (
    "id" TEXT NOT NULL,
    "hall_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL,
    "cols" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "hall_layouts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."seats" (
    "id" TEXT NOT NULL,
    "layout_id" TEXT NOT NULL,
    "row_label" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "grid_row" INTEGER NOT NULL,
    "grid_col" INTEGER NOT NULL,
    "type" "showtimes"."SeatType" NOT NULL DEFAULT 'STANDARD',
    "pair_seat_id" TEXT,
    CONSTRAINT "seats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."hall_prices" (
    "id" TEXT NOT NULL,
    "hall_id" TEXT NOT NULL,
    "seat_type" "showtimes"."SeatType" NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    CONSTRAINT "hall_prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."showtimes" (
    "id" TEXT NOT NULL,
    "movie_id" TEXT NOT NULL,
    "cinema_id" TEXT NOT NULL,
    "hall_id" TEXT NOT NULL,
    "layout_id" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "blocked_until" TIMESTAMPTZ(3) NOT NULL,
    "format" TEXT NOT NULL DEFAULT '2D',
    "language" TEXT NOT NULL DEFAULT 'en',
    "subtitles" TEXT,
    "status" "showtimes"."ShowtimeStatus" NOT NULL DEFAULT 'ON_SALE',
    "series_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "showtimes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "showtimes"."showtime_prices" (
    "id" TEXT NOT NULL,
    "showtime_id" TEXT NOT NULL,
    "seat_type" "showtimes"."SeatType" NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    CONSTRAINT "showtime_prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seats"."showtime_seats" (
    "id" TEXT NOT NULL,
    "showtime_id" TEXT NOT NULL,
    "seat_id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" "seats"."SeatStatus" NOT NULL DEFAULT 'AVAILABLE',
    "hold_id" TEXT,
    "held_by" TEXT,
    "held_until" TIMESTAMPTZ(3),
    "booking_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "showtime_seats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seats"."holds" (
    "id" TEXT NOT NULL,
    "showtime_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "seat_ids" TEXT[] NOT NULL,
    "status" "seats"."HoldStatus" NOT NULL DEFAULT 'ACTIVE',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "released_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "holds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookings"."bookings" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "customer_email" TEXT NOT NULL,
    "showtime_id" TEXT NOT NULL,
    "hold_id" TEXT,
    "status" "bookings"."BookingStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "idempotency_key" TEXT,
    "request_hash" TEXT,
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookings"."tickets" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "showtime_id" TEXT NOT NULL,
    "seat_id" TEXT NOT NULL,
    "seat_label" TEXT NOT NULL,
    "seat_type" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "checked_in_at" TIMESTAMPTZ(3),
    "checked_in_by" TEXT,
    "voided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments"."payments" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "provider" "payments"."PaymentProvider" NOT NULL,
    "checkout_session_id" TEXT,
    "checkout_url" TEXT,
    "payment_intent_id" TEXT,
    "status" "payments"."PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount_refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3),
    "last_event_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments"."refunds" (
    "id" TEXT NOT NULL,
    "payment_id" TEXT NOT NULL,
    "provider_refund_id" TEXT,
    "amount_cents" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "ticket_ids" TEXT[] NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "refunds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments"."webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments"."test_checkout_sessions" (
    "id" TEXT NOT NULL,
    "booking_id" TEXT NOT NULL,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "customer_email" TEXT,
    "line_items" JSONB NOT NULL,
    "success_url" TEXT NOT NULL,
    "cancel_url" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "payment_status" TEXT NOT NULL DEFAULT 'unpaid',
    "payment_intent_id" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "idempotency_key" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "test_checkout_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."outbox" (
    "id" TEXT NOT NULL,
    "channel" "notifications"."Channel" NOT NULL,
    "template" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "dedupe_key" TEXT,
    "payload" JSONB NOT NULL,
    "subject" TEXT,
    "status" "notifications"."MessageStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 8,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_at" TIMESTAMPTZ(3),
    "locked_by" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "rendered_html" TEXT,
    "rendered_text" TEXT,
    "attachments" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."message_attempts" (
    "id" TEXT NOT NULL,
    "message_id" TEXT NOT NULL,
    "worker" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "error" TEXT,
    "provider_message_id" TEXT,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "message_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"."users"("email");

-- CreateIndex
CREATE INDEX "users_role_idx" ON "users"."users"("role");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "users"."refresh_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_tokens_user_id_idx" ON "users"."refresh_tokens"("user_id");

-- CreateIndex
CREATE INDEX "refresh_tokens_family_id_idx" ON "users"."refresh_tokens"("family_id");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "users"."audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "users"."audit_log"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "movies_slug_key" ON "movies"."movies"("slug");

-- CreateIndex
CREATE INDEX "movies_status_release_date_idx" ON "movies"."movies"("status", "release_date");

-- CreateIndex
CREATE UNIQUE INDEX "cinemas_slug_key" ON "showtimes"."cinemas"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "halls_cinema_id_name_key" ON "showtimes"."halls"("cinema_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "hall_layouts_hall_id_version_key" ON "showtimes"."hall_layouts"("hall_id", "version");

-- CreateIndex
CREATE UNIQUE INDEX "seats_layout_id_grid_row_grid_col_key" ON "showtimes"."seats"("layout_id", "grid_row", "grid_col");

-- CreateIndex
CREATE UNIQUE INDEX "seats_layout_id_label_key" ON "showtimes"."seats"("layout_id", "label");

-- CreateIndex
CREATE UNIQUE INDEX "hall_prices_hall_id_seat_type_key" ON "showtimes"."hall_prices"("hall_id", "seat_type");

-- CreateIndex
CREATE INDEX "showtimes_movie_id_starts_at_idx" ON "showtimes"."showtimes"("movie_id", "starts_at");

-- CreateIndex
CREATE INDEX "showtimes_cinema_id_starts_at_idx" ON "showtimes"."showtimes"("cinema_id", "starts_at");

-- CreateIndex
CREATE INDEX "showtimes_hall_id_starts_at_idx" ON "showtimes"."showtimes"("hall_id", "starts_at");

-- CreateIndex
CREATE INDEX "showtimes_starts_at_idx" ON "showtimes"."showtimes"("starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "showtime_prices_showtime_id_seat_type_key" ON "showtimes"."showtime_prices"("showtime_id", "seat_type");

-- CreateIndex
CREATE INDEX "showtime_seats_showtime_id_status_idx" ON "seats"."showtime_seats"("showtime_id", "status");

-- CreateIndex
CREATE INDEX "showtime_seats_hold_id_idx" ON "seats"."showtime_seats"("hold_id");

-- CreateIndex
CREATE INDEX "showtime_seats_status_held_until_idx" ON "seats"."showtime_seats"("status", "held_until");

-- CreateIndex
CREATE UNIQUE INDEX "showtime_seats_showtime_id_seat_id_key" ON "seats"."showtime_seats"("showtime_id", "seat_id");

-- CreateIndex
CREATE INDEX "holds_status_expires_at_idx" ON "seats"."holds"("status", "expires_at");

-- CreateIndex
CREATE INDEX "holds_user_id_showtime_id_idx" ON "seats"."holds"("user_id", "showtime_id");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_reference_key" ON "bookings"."bookings"("reference");

-- CreateIndex
CREATE INDEX "bookings_user_id_created_at_idx" ON "bookings"."bookings"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "bookings_showtime_id_status_idx" ON "bookings"."bookings"("showtime_id", "status");

-- CreateIndex
CREATE INDEX "bookings_status_expires_at_idx" ON "bookings"."bookings"("status", "expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_user_id_idempotency_key_key" ON "bookings"."bookings"("user_id", "idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_code_key" ON "bookings"."tickets"("code");

-- CreateIndex
CREATE INDEX "tickets_showtime_id_idx" ON "bookings"."tickets"("showtime_id");

-- CreateIndex
CREATE UNIQUE INDEX "tickets_booking_id_seat_id_key" ON "bookings"."tickets"("booking_id", "seat_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_booking_id_key" ON "payments"."payments"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_checkout_session_id_key" ON "payments"."payments"("checkout_session_id");

-- CreateIndex
CREATE INDEX "payments_status_expires_at_idx" ON "payments"."payments"("status", "expires_at");

-- CreateIndex
CREATE INDEX "payments_payment_intent_id_idx" ON "payments"."payments"("payment_intent_id");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_provider_refund_id_key" ON "payments"."refunds"("provider_refund_id");

-- CreateIndex
CREATE INDEX "refunds_payment_id_idx" ON "payments"."refunds"("payment_id");

-- CreateIndex
CREATE INDEX "webhook_events_type_idx" ON "payments"."webhook_events"("type");

-- CreateIndex
CREATE UNIQUE INDEX "test_checkout_sessions_idempotency_key_key" ON "payments"."test_checkout_sessions"("idempotency_key");

-- CreateIndex
CREATE INDEX "test_checkout_sessions_booking_id_idx" ON "payments"."test_checkout_sessions"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "notifications"."outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_status_next_attempt_at_idx" ON "notifications"."outbox"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_recipient_idx" ON "notifications"."outbox"("recipient");

-- CreateIndex
CREATE INDEX "outbox_created_at_idx" ON "notifications"."outbox"("created_at");

-- CreateIndex
CREATE INDEX "message_attempts_message_id_idx" ON "notifications"."message_attempts"("message_id");

-- AddForeignKey
ALTER TABLE "users"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."halls" ADD CONSTRAINT "halls_cinema_id_fkey" FOREIGN KEY ("cinema_id") REFERENCES "showtimes"."cinemas"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."hall_layouts" ADD CONSTRAINT "hall_layouts_hall_id_fkey" FOREIGN KEY ("hall_id") REFERENCES "showtimes"."halls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."seats" ADD CONSTRAINT "seats_layout_id_fkey" FOREIGN KEY ("layout_id") REFERENCES "showtimes"."hall_layouts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."hall_prices" ADD CONSTRAINT "hall_prices_hall_id_fkey" FOREIGN KEY ("hall_id") REFERENCES "showtimes"."halls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."showtimes" ADD CONSTRAINT "showtimes_hall_id_fkey" FOREIGN KEY ("hall_id") REFERENCES "showtimes"."halls"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."showtimes" ADD CONSTRAINT "showtimes_layout_id_fkey" FOREIGN KEY ("layout_id") REFERENCES "showtimes"."hall_layouts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "showtimes"."showtime_prices" ADD CONSTRAINT "showtime_prices_showtime_id_fkey" FOREIGN KEY ("showtime_id") REFERENCES "showtimes"."showtimes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seats"."showtime_seats" ADD CONSTRAINT "showtime_seats_hold_id_fkey" FOREIGN KEY ("hold_id") REFERENCES "seats"."holds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings"."tickets" ADD CONSTRAINT "tickets_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"."bookings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments"."refunds" ADD CONSTRAINT "refunds_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payments"."payments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications"."message_attempts" ADD CONSTRAINT "message_attempts_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "notifications"."outbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;
