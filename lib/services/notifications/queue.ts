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
    },
  });
}
