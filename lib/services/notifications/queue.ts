import "server-only";
// The outbox: a message is a row written in the same transaction as the
// event that causes it, so a confirmed booking never exists without its
// e-mail queued. Workers send it later (lib/services/notifications/sender.ts).
import type { DbOrTx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateName, TemplateProps } from "./templates";

export interface QueuedMessage<T extends TemplateName> {
  channel?: "EMAIL" | "SMS";
  template: T;
  recipient: string;
  props: TemplateProps[T];
  /** One message per key, whatever the retries: e.g. `booking-confirmed:<bookingId>`. */
  dedupeKey: string;
  /**
   * Kept back (WAITING) until the recipient confirms the address, so that a
   * new account's tickets never go to an address nobody has proved is theirs.
   */
  waitForVerification?: boolean;
}

export async function queueMessage<T extends TemplateName>(client: DbOrTx, message: QueuedMessage<T>): Promise<void> {
  await client.outboxMessage.upsert({
    where: { dedupeKey: message.dedupeKey },
    update: {},
    create: {
      channel: message.channel ?? "EMAIL",
      template: message.template,
      recipient: message.recipient,
      payload: message.props as unknown as Prisma.InputJsonValue,
      dedupeKey: message.dedupeKey,
      ...(message.waitForVerification ? { status: "WAITING" as const } : {}),
    },
  });
}

/** The recipient has confirmed the address: what waited for it is sent now. Pass the confirming transaction. */
export async function releaseWaitingMessages(client: DbOrTx, recipient: string): Promise<number> {
  const released = await client.outboxMessage.updateMany({
    where: { recipient, status: "WAITING" },
    data: { status: "PENDING", nextAttemptAt: new Date() },
  });
  return released.count;
}
