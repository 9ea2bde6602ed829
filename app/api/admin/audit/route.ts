// GET /api/admin/audit?actor=&entity=&action=&before= – the audit trail of staff and admin actions, newest first (ADMIN).
import { z } from "zod";
import { json, route } from "@/lib/http";
import { text } from "@/lib/schemas/text";
import { listAudit } from "@/lib/services/users/audit";

const AuditQuery = z.object({
  actor: text(200).optional(),
  entity: text(120).optional(),
  action: text(80).optional(),
  before: z.iso.datetime().optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const GET = route({ access: "admin", query: AuditQuery }, async ({ query }) => {
  const items = await listAudit({ ...query, before: query.before ? new Date(query.before) : undefined });
  return json(
    {
      items: items.map((item) => ({
        id: item.id,
        at: item.at.toISOString(),
        actor: item.actor?.email ?? null,
        actorName: item.actor?.name ?? null,
        action: item.action,
        entity: item.entity,
        entityId: item.entityId,
        before: item.before,
        after: item.after,
      })),
    },
    200,
    { "cache-control": "no-store" },
  );
});
