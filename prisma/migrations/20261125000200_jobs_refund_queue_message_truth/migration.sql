-- Refunds are queued in the transaction that decides them and sent to the
-- provider by a worker after the commit; staff mass actions run as resumable
-- jobs; a webhook event keeps what became of it; a message that no transport
-- took is KEPT (in the development mailbox), never SENT.

-- CreateEnum
CREATE TYPE "bookings"."JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "notifications"."MessageStatus" ADD VALUE 'KEPT' AFTER 'SENT';

-- CreateTable
CREATE TABLE "bookings"."jobs" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "status" "bookings"."JobStatus" NOT NULL DEFAULT 'QUEUED',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "created_by" TEXT NOT NULL,
    "locked_by" TEXT,
    "locked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "jobs_status_created_at_idx" ON "bookings"."jobs"("status", "created_at");

-- AlterTable: refunds already made get their own id as key
ALTER TABLE "payments"."refunds"
    ADD COLUMN "key" TEXT,
    ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN "locked_at" TIMESTAMPTZ(3),
    ADD COLUMN "last_error" TEXT,
    ADD COLUMN "completed_at" TIMESTAMPTZ(3);
UPDATE "payments"."refunds" SET "key" = "id", "completed_at" = "created_at" WHERE "key" IS NULL;
ALTER TABLE "payments"."refunds" ALTER COLUMN "key" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "refunds_payment_id_key_key" ON "payments"."refunds"("payment_id", "key");

-- CreateIndex
CREATE INDEX "refunds_status_next_attempt_at_idx" ON "payments"."refunds"("status", "next_attempt_at");

-- AlterTable
ALTER TABLE "payments"."webhook_events" ADD COLUMN "outcome" TEXT;
