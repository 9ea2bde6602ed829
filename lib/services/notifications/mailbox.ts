import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MessageStatus, Role } from "@/lib/generated/prisma/enums";
import { ACCOUNT_LINK_TEMPLATES } from "./templates";

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

/**
 * One message with its delivery log. A message holding an account link
 * (ACCOUNT_LINK_TEMPLATES) shows its content to an admin only: with it,
 * anyone could take the recipient's account.
 */
export async function getMessage(id: string, viewer: { role: Role }) {
  const message = await db.outboxMessage.findUnique({
    where: { id },
    include: { attemptLog: { orderBy: { attemptedAt: "desc" } } },
  });
  if (!message) throw notFound("The message");
  if (!ACCOUNT_LINK_TEMPLATES.has(message.template) || viewer.role === "ADMIN") {
    return { ...message, contentHidden: false };
  }
  return { ...message, payload: {}, renderedHtml: null, renderedText: null, attachments: null, contentHidden: true };
}
