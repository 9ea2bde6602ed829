import "server-only";
// Refunds are decided inside the transaction that changes the booking and
// sent to the provider after it commits: the decision is a row here (the
// refund queue), and a worker, or the request that decided it, sends it.
// The provider call carries an idempotency key made from the row, so a
// retried send (a worker that died after the provider answered) moves money once.
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { failedAttempt } from "@/lib/retry";
import { providerFor } from "./providers";

export interface RefundRequest {
  bookingId: string;
  amountCents: number;
  ticketIds?: string[];
  reason: string;
  /** Distinguishes separate refunds of one booking; the same key never refunds twice. */
  key: string;
}

export interface QueuedRefund {
  id: string;
  amountCents: number;
}

const MAX_ATTEMPTS = 8;
/** A refund claimed longer ago than this belonged to a worker that died; it is sent again. */
const STALE_CLAIM_MINUTES = 5;

async function lockedPayment(tx: Tx, bookingId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "payments"."payments" WHERE booking_id = ${bookingId} FOR UPDATE`;
  return row ? tx.payment.findUniqueOrThrow({ where: { id: row.id }, include: { refunds: true } }) : null;
}

/**
 * Queues a refund in the caller's transaction: at most what is left of the
 * payment once refunds already made or queued are counted. Asking again with
 * the same key answers the refund queued the first time.
 */
export async function queueRefund(tx: Tx, request: RefundRequest): Promise<QueuedRefund> {
  const payment = await lockedPayment(tx, request.bookingId);
  if (!payment || !payment.paymentIntentId || !["PAID", "PARTIALLY_REFUNDED"].includes(payment.status)) {
    throw new AppError("booking_not_refundable", "There is no completed payment to refund for this booking.");
  }
  const same = payment.refunds.find((refund) => refund.key === request.key);
  if (same) return { id: same.id, amountCents: same.amountCents };
  const counted = payment.refunds.filter((refund) => refund.status !== "failed");
  const sent = counted.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amountCents, 0);
  const queued = counted.filter((r) => r.status === "pending").reduce((sum, r) => sum + r.amountCents, 0);
  const left = payment.amountCents - Math.max(sent, payment.amountRefundedCents) - queued;
  const amountCents = Math.min(request.amountCents, left);
  if (amountCents <= 0) throw new AppError("booking_not_refundable", "This payment has already been refunded in full.");
  const refund = await tx.refund.create({
    data: {
      paymentId: payment.id,
      key: request.key,
      amountCents,
      reason: request.reason,
      ticketIds: request.ticketIds ?? [],
    },
  });
  return { id: refund.id, amountCents };
}

const CLAIMABLE = `status = 'pending' AND (locked_at IS NULL OR locked_at < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}))`;

/** Claims pending refunds for this sender, skipping rows another sender is claiming, like the outbox does. */
async function claim(only: string | null, batch: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "payments"."refunds" SET locked_at = now(), attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM "payments"."refunds"
         WHERE ${CLAIMABLE} AND ($1::text IS NULL AND next_attempt_at <= now() OR id = $1::text)
         ORDER BY next_attempt_at LIMIT $2
           FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    only,
    batch,
  );
  return rows.map((row) => row.id);
}

function backoffSeconds(attempt: number): number {
  return Math.min(3600, 30 * 2 ** (attempt - 1));
}

/**
 * Sends a queued refund to the payment's provider and records the answer.
 * Outside any transaction: the provider is a network call. Safe to call
 * twice, from anywhere: only the sender that claims the row calls out.
 */
export async function sendRefund(refundId: string): Promise<"succeeded" | "retry" | "failed" | "skipped"> {
  const [claimed] = await claim(refundId, 1);
  return claimed ? send(claimed) : "skipped";
}

async function send(refundId: string): Promise<"succeeded" | "retry" | "failed"> {
  const refund = await db.refund.findUniqueOrThrow({ where: { id: refundId }, include: { payment: true } });
  const { payment } = refund;
  try {
    const { refundId: providerRefundId } = await providerFor(payment.provider).refund({
      paymentIntentId: payment.paymentIntentId!,
      amountCents: refund.amountCents,
      idempotencyKey: `refund-${payment.bookingId}-${refund.key}`,
      bookingId: payment.bookingId,
      chargeAmountCents: payment.amountCents,
      refundedBeforeCents: payment.amountRefundedCents,
    });
    await db.$transaction(async (tx) => {
      await tx.refund.update({
        where: { id: refund.id },
        data: { status: "succeeded", providerRefundId, completedAt: new Date(), lockedAt: null, lastError: null },
      });
      const locked = (await lockedPayment(tx, payment.bookingId))!;
      const sent = locked.refunds.filter((r) => r.status === "succeeded").reduce((sum, r) => sum + r.amountCents, 0);
      // A charge.refunded event may have counted this refund already: the larger total wins.
      const refunded = Math.max(locked.amountRefundedCents, sent);
      await tx.payment.update({
        where: { id: locked.id },
        data: {
          amountRefundedCents: refunded,
          status: refunded >= locked.amountCents ? "REFUNDED" : "PARTIALLY_REFUNDED",
        },
      });
    });
    metrics.payments.inc({ outcome: "refund_succeeded" });
    return "succeeded";
  } catch (error) {
    const { giveUp, fields } = failedAttempt(error, refund.attempts, MAX_ATTEMPTS, backoffSeconds);
    await db.refund.update({ where: { id: refund.id }, data: { status: giveUp ? "failed" : "pending", ...fields } });
    logger[giveUp ? "error" : "warn"](
      { err: error, refundId: refund.id, bookingId: payment.bookingId, attempt: refund.attempts, giveUp },
      "refund could not be sent",
    );
    metrics.payments.inc({ outcome: giveUp ? "refund_failed" : "refund_retry" });
    return giveUp ? "failed" : "retry";
  }
}

/** Sends a refund just queued, after its transaction committed; a failure is left to the worker's retries. */
export async function sendRefundNow(refundId: string): Promise<void> {
  await sendRefund(refundId).catch((error) => logger.warn({ err: error, refundId }, "refund left to the worker"));
}

/** The worker: sends the refunds that are due; several workers share them without sending one twice at once. */
export async function sendDueRefunds(batch = 20): Promise<number> {
  const claimed = await claim(null, batch);
  for (const id of claimed) await send(id);
  return claimed.length;
}

/** Refunds not yet with the customer, for the staff dashboard: queued (retrying) and given up. */
export async function refundBacklog(): Promise<{ pending: number; failed: number }> {
  const rows = await db.refund.groupBy({
    by: ["status"],
    where: { status: { in: ["pending", "failed"] } },
    _count: true,
  });
  const count = (status: string) => rows.find((row) => row.status === status)?._count ?? 0;
  return { pending: count("pending"), failed: count("failed") };
}
