// How the staff pages name a message's state: never "sent" for one that no transport took.
import type { Channel, MessageStatus } from "@/lib/generated/prisma/enums";

export function messageStatusText(status: MessageStatus, channel: Channel): string {
  switch (status) {
    case "KEPT":
      return channel === "SMS"
        ? "kept in the mailbox (no SMS provider configured)"
        : "kept in the mailbox (no SMTP configured)";
    case "WAITING":
      return "waiting for the recipient to confirm the address";
    default:
      return status.toLowerCase();
  }
}
