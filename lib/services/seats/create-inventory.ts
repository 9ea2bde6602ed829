import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

/** A seat of the layout a showtime goes on sale with. */
export interface InventorySeat {
  id: string;
  label: string;
  type: string;
  gridRow: number;
  gridCol: number;
  pairSeatId?: string | null;
}

/**
 * Creates the seat inventory of a new showtime: one AVAILABLE row per seat of
 * its layout, with the seat's place and type copied (layouts never change
 * once used), so holds check the seating rules without reading the layout.
 * Runs in the caller's transaction: a showtime never exists without its seats.
 */
export async function createInventory(tx: Tx, showtimeId: string, seats: InventorySeat[]): Promise<number> {
  if (seats.length === 0) return 0;
  // One multi-row INSERT per chunk: a 250-seat hall is one round trip.
  let created = 0;
  for (let start = 0; start < seats.length; start += 500) {
    const chunk = seats.slice(start, start + 500);
    created += await tx.$executeRaw`
      INSERT INTO "seats"."showtime_seats"
        ("showtime_id", "seat_id", "label", "type", "grid_row", "grid_col", "pair_seat_id", "status", "updated_at")
      VALUES ${Prisma.join(
        chunk.map(
          (seat) =>
            Prisma.sql`(${showtimeId}, ${seat.id}, ${seat.label}, ${seat.type},
                        ${seat.gridRow}, ${seat.gridCol}, ${seat.pairSeatId ?? null}, 'AVAILABLE'::"seats"."SeatStatus", now())`,
        ),
      )}
      ON CONFLICT ("showtime_id", "seat_id") DO NOTHING`;
  }
  return created;
}
