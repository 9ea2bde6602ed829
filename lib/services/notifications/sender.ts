import "server-only";
// The outbox sender. Workers claim due rows with FOR UPDATE SKIP LOCKED, so
// any number of them (in app instances or `npm run worker`) never take the
// same message; failures retry with exponential backoff and give up after
// the message's attempt limit.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { failedAttempt } from "@/lib/retry";
import { metrics } from "@/lib/metrics";
import { Prisma, type OutboxMessage } from "@/lib/generated/prisma/client";
import { renderMessage } from "./render";
import { ACCOUNT_LINK_TEMPLATES, type TemplateName, type TemplateProps } from "./templates";
import { transportFor, type Transport } from "./transports";

/** A SENDING row older than this belonged to a worker that died; it is sent again. */
const STALE_LOCK_MINUTES = 5;

export function backoffSeconds(attempt: number, random = Math.random): number {
  const base = Math.min(3600, 15 * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + random() * 0.4));
}

async function claim(workerId: string, batch: number): Promise<OutboxMessage[]> {
  return db.$queryRaw<OutboxMessage[]>`
    UPDATE "notifications"."outbox"
       SET status = 'SENDING', locked_at = now(), locked_by = ${workerId}, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM "notifications"."outbox"
        WHERE (status = 'PENDING' AND next_attempt_at <= now())
           OR (status = 'SENDING' AND locked_at < now() - make_interval(mins => ${STALE_LOCK_MINUTES}))
        ORDER BY next_attempt_at
        LIMIT ${batch}
          FOR UPDATE SKIP LOCKED)
    RETURNING id, channel::text AS channel, template, recipient, payload, attempts, max_attempts AS "maxAttempts"`;
}

async function deliver(message: OutboxMessage, transport: Transport, workerId: string): Promise<void> {
  try {
    const rendered = await renderMessage(
      message.template as TemplateName,
      message.payload as unknown as TemplateProps[TemplateName],
    );
    const delivery =
      message.channel === "SMS"
        ? await transport.sms(message.recipient, rendered.text)
        : await transport.email(message.recipient, rendered);
    await db.$transaction([
      db.outboxMessage.update({
        where: { id: message.id },
        data: {
          // SENT only when a transport accepted it; without one it is KEPT in the mailbox.
          ...(delivery.outcome === "sent" ? { status: "SENT", sentAt: new Date() } : { status: "KEPT" }),
          lockedAt: null,
          lastError: null,
          subject: rendered.subject,
          ...(delivery.outcome === "sent" && ACCOUNT_LINK_TEMPLATES.has(message.template)
            ? // Delivered: nobody else needs the link, so it is not kept.
              { renderedHtml: null, renderedText: null, attachments: Prisma.DbNull, payload: {} }
            : {
                renderedHtml: rendered.html,
                renderedText: rendered.text,
                attachments: rendered.attachments as unknown as Prisma.InputJsonValue,
              }),
        },
      }),
      db.messageAttempt.create({
        data: {
          messageId: message.id,
          worker: workerId,
          succeeded: true,
          providerMessageId: delivery.outcome === "sent" ? delivery.providerMessageId : null,
        },
      }),
    ]);
    metrics.messages.inc({ channel: message.channel, outcome: delivery.outcome });
  } catch (error) {
    const { giveUp, reason, fields } = failedAttempt(error, message.attempts, message.maxAttempts, backoffSeconds);
    await db.$transaction([
      db.outboxMessage.update({
        where: { id: message.id },
        data: { status: giveUp ? "FAILED" : "PENDING", ...fields },
      }),
      db.messageAttempt.create({ data: { messageId: message.id, worker: workerId, succeeded: false, error: reason } }),
    ]);
    metrics.messages.inc({ channel: message.channel, outcome: giveUp ? "failed" : "retry" });
    logger.warn({ messageId: message.id, attempt: message.attempts, giveUp, reason }, "message delivery failed");
  }
}

export interface SenderOptions {
  workerId?: string;
  batch?: number;
  smtpUrl?: string;
}

/** Sends one batch of due messages; returns how many it claimed. */
export async function sendDueMessages(options: SenderOptions = {}): Promise<number> {
  const workerId = options.workerId ?? `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  const transport = transportFor("smtpUrl" in options ? options.smtpUrl : env.SMTP_URL);
  const messages = await claim(workerId, options.batch ?? 20);
  for (const message of messages) await deliver(message, transport, workerId);
  return messages.length;
}

/** Puts a failed message back in the queue for another round of attempts (staff). */
export async function retryMessage(id: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", nextAttemptAt: new Date(), maxAttempts: { increment: 3 } },
  });
}
