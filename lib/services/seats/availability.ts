import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export interface Availability {
  total: number;
  available: number;
}

/** Free seats per showtime; a hold past its time counts as free. */
export async function availabilityByShowtime(showtimeIds: string[]): Promise<Map<string, Availability>> {
  if (showtimeIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ showtime_id: string; total: bigint; available: bigint }[]>`
    SELECT showtime_id,
           count(*) AS total,
           count(*) FILTER (WHERE status = 'AVAILABLE' OR (status = 'HELD' AND held_until < now())) AS available
      FROM "seats"."showtime_seats"
     WHERE showtime_id IN (${Prisma.join(showtimeIds)})
     GROUP BY showtime_id`;
  return new Map(rows.map((row) => [row.showtime_id, { total: Number(row.total), available: Number(row.available) }]));
}
