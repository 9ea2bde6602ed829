-- Server-side sessions: every browser sign-in and every app (refresh-token
-- family) is a row, so a session can be listed, revoked and timed out.
-- CreateEnum
CREATE TYPE "users"."SessionKind" AS ENUM ('BROWSER', 'APP');

-- CreateTable
CREATE TABLE "users"."sessions" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "users"."SessionKind" NOT NULL,
    "user_agent" TEXT,
    "ip_address" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "users"."sessions"("user_id");

-- AddForeignKey
ALTER TABLE "users"."sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "users"."users" ADD COLUMN "email_verified_at" TIMESTAMPTZ(3),
ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- Accounts made before verification existed keep working as they did.
UPDATE "users"."users" SET "email_verified_at" = "created_at";
