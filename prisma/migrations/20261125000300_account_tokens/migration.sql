-- Single-use links sent by e-mail (password reset, address confirmation),
-- and an outbox state for messages that wait until their recipient has
-- confirmed the address (the tickets of a new account).
-- CreateEnum
CREATE TYPE "users"."AccountTokenPurpose" AS ENUM ('PASSWORD_RESET', 'EMAIL_VERIFICATION');

-- AlterEnum
ALTER TYPE "notifications"."MessageStatus" ADD VALUE 'WAITING' BEFORE 'PENDING';

-- CreateTable
CREATE TABLE "users"."account_tokens" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "purpose" "users"."AccountTokenPurpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "account_tokens_token_hash_key" ON "users"."account_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "account_tokens_user_id_purpose_idx" ON "users"."account_tokens"("user_id", "purpose");

-- AddForeignKey
ALTER TABLE "users"."account_tokens" ADD CONSTRAINT "account_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
