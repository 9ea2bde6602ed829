-- The audit trail keeps what an entity was before a staff action and what it
-- is after, and is read by actor (the ADMIN audit page filters by who).
-- AlterTable
ALTER TABLE "users"."audit_log" ADD COLUMN "before" JSONB,
ADD COLUMN "after" JSONB;

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "users"."audit_log"("actor_id", "created_at");
