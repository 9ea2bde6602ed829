// GET /api/admin/messages?q=&status= – the notification log and development mailbox.
import { z } from "zod";
import { json, route } from "@/lib/http";
import { listMessages } from "@/lib/services/notifications";

const Query = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(["PENDING", "SENDING", "SENT", "FAILED"]).optional(),
});

export const GET = route({ query: Query }, async ({ query }) => json({ items: await listMessages(query) }));
