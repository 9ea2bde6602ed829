import "server-only";
// The audit trail: every staff and admin action, who did it, when, and what
// the entity was before and after. Written in the action's own transaction,
// so an action and its record commit together or not at all.
import { db, type DbOrTx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Anything else worth keeping (a job id, a count). */
  details?: Prisma.InputJsonValue;
  /** The entity's fields the action changed, as they were (omit for a creation). */
  before?: Prisma.InputJsonValue;
  /** The same fields as they are after the action. */
  after?: Prisma.InputJsonValue;
}

/** Records a staff action; pass the transaction the action runs in. */
export async function recordAudit(client: DbOrTx, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details: entry.details ?? {},
      before: entry.before ?? Prisma.DbNull,
      after: entry.after ?? Prisma.DbNull,
    },
  });
}

/**
 * `before` and `after` of an edit, limited to the fields that changed, so an
 * entry says what the action did rather than repeating the whole entity.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    was[key] = before[key];
    now[key] = after[key];
  }
  return { before: was, after: now };
}

export interface AuditFilter {
  /** An actor's id or e-mail (or part of it). */
  actor?: string;
  /** An entity type (`booking`), or type and id (`booking:ck…`). */
  entity?: string;
  /** An action, or its prefix (`hall.` for every hall action). */
  action?: string;
  /** Entries before this instant (paging back in time). */
  before?: Date;
  limit?: number;
}

export interface AuditItem {
  id: string;
  at: Date;
  actorId: string | null;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
}

/** The trail, newest first, filtered; actors come with their name and e-mail (the same service's users). */
export async function listAudit(filter: AuditFilter = {}): Promise<AuditItem[]> {
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.actor) {
    const actors = await db.user.findMany({
      where: {
        OR: [{ id: filter.actor }, { email: { contains: filter.actor, mode: "insensitive" } }],
      },
      select: { id: true },
      take: 50,
    });
    where.actorId = { in: actors.map((a) => a.id) };
  }
  if (filter.entity) {
    const [type, id] = filter.entity.split(":", 2);
    where.entityType = type;
    if (id) where.entityId = id;
  }
  if (filter.action) where.action = filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action;
  if (filter.before) where.createdAt = { lt: filter.before };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(filter.limit ?? 100, 500),
  });
  return withActors(rows);
}

/** Every entry about these entities (a booking and its tickets), oldest first, for a timeline. */
export async function auditOf(entities: { type: string; id: string }[]): Promise<AuditItem[]> {
  if (entities.length === 0) return [];
  const rows = await db.auditLog.findMany({
    where: { OR: entities.map((entity) => ({ entityType: entity.type, entityId: entity.id })) },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  return withActors(rows);
}

type AuditRow = Awaited<ReturnType<typeof db.auditLog.findMany>>[number];

async function withActors(rows: AuditRow[]): Promise<AuditItem[]> {
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true, name: true } })).map(
      (user) => [user.id, user],
    ),
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    actorId: row.actorId,
    actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
    action: row.action,
    entity: row.entityType,
    entityId: row.entityId,
    // Entries written before before/after existed kept everything in details.
    before: row.before,
    after: row.after ?? (row.before === null ? row.details : null),
    details: row.details,
  }));
}
