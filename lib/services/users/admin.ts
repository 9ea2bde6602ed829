import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "./audit";
import { revokeAllSessions } from "./sessions";
import { standingChanged } from "./standing";

export async function searchUsers(q: string | undefined, limit = 50) {
  return db.user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
      : {},
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      demo: true,
      emailVerifiedAt: true,
      createdAt: true,
    },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
}

/** Changes a role or disables an account; either ends the user's sessions and tokens at once. */
export async function administerUser(actorId: string, userId: string, change: { role?: Role; disabled?: boolean }) {
  const updated = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw notFound("The user");
    const changed = await tx.user.update({
      where: { id: userId },
      data: {
        ...(change.role ? { role: change.role } : {}),
        ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? new Date() : null }),
        tokenVersion: { increment: 1 },
      },
      select: { id: true, email: true, name: true, role: true, disabledAt: true },
    });
    if (change.disabled)
      await tx.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      actorId,
      action: "user.update",
      entityType: "user",
      entityId: userId,
      details: { ...change },
    });
    return changed;
  });
  standingChanged({ userId });
  await revokeAllSessions(userId);
  return updated;
}
