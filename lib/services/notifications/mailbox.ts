import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MessageStatus } from "@/lib/generated/prisma/enums";

/** The message log for staff: newest first, filterable by recipient or status. */
export async function listMessages(filter: { q?: string; status?: MessageStatus } = {}, limit = 100) {
  return db.outboxMessage.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.q
        ? {
            OR: [
              { recipient: { contains: filter.q, mode: "insensitive" } },
              { subject: { contains: filter.q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    select: {
      id: true,
      channel: true,
      template: true,
      recipient: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
}

export async function getMessage(id: string) {
  const message = await db.outboxMessage.findUnique({
    where: { id },
    include: { attemptLog: { orderBy: { attemptedAt: "desc" } } },
  });
  if (!message) throw notFound("The message");
  return message;
}
