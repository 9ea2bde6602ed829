import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export interface InventorySeat {
  seatId: string;
  label: string;
  type: string;
}

/**
 * Creates the seat inventory of a new showtime: one AVAILABLE row per seat of
 * the layout it goes on sale with. Runs in the caller's transaction, so a
 * showtime never exists without its seats.
 */
export async function createInventory(tx: Tx, showtimeId: string, seats: InventorySeat[]): Promise<number> {
  if (seats.length === 0) return 0;
  // One multi-row INSERT per chunk: a 250-seat hall is one round trip.
  let created = 0;
  for (let start = 0; start < seats.length; start += 500) {
    const chunk = seats.slice(start, start + 500);
    created += await tx.$executeRaw`
      INSERT INTO "seats"."showtime_seats" ("id", "showtime_id", "seat_id", "label", "type", "status", "updated_at")
      VALUES ${Prisma.join(
        chunk.map(
          (seat) =>
            Prisma.sql`(${`ss_${showtimeId}_${seat.seatId}`}, ${showtimeId}, ${seat.seatId}, ${seat.label}, ${seat.type}, 'AVAILABLE'::"seats"."SeatStatus", now())`,
        ),
      )}
      ON CONFLICT ("showtime_id", "seat_id") DO NOTHING`;
  }
  return created;
}
