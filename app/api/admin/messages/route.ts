// GET /api/admin/messages?q=&status= – the notification log and development mailbox.
import { z } from "zod";
import { MessageStatus } from "@/lib/generated/prisma/enums";
import { json, route } from "@/lib/http";
import { text } from "@/lib/schemas/text";
import { listMessages } from "@/lib/services/notifications";

const Query = z.object({
  q: text(200).optional(),
  status: z.enum(MessageStatus).optional(),
});

export const GET = route({ access: "staff", query: Query }, async ({ query }) =>
  json({ items: await listMessages(query) }),
);
