import "server-only";
import { db } from "@/lib/db";
import { getLayoutSeats, getShowtimeDetails } from "@/lib/services/showtimes";

export type SeatState = "available" | "held" | "sold" | "held_by_you";

/** The live seat map of a showtime as the caller sees it. */
export async function getSeatMap(showtimeId: string, callerId?: string, now = new Date()) {
  const { showtime, prices, hall, cinema } = await getShowtimeDetails(showtimeId);
  const [layout, inventory] = await Promise.all([
    getLayoutSeats(showtime.layoutId),
    db.showtimeSeat.findMany({
      where: { showtimeId },
      select: { seatId: true, status: true, heldBy: true, heldUntil: true, holdId: true },
    }),
  ]);
  const priceOf = new Map(prices.map((price) => [price.seatType, price.amountCents]));
  const stateOf = new Map(inventory.map((row) => [row.seatId, row]));
  let yourHold: { holdId: string; expiresAt: Date } | null = null;
  const seats = layout.seats
    .sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol)
    .map((seat) => {
      const row = stateOf.get(seat.id);
      let status: SeatState = "available";
      if (!row || row.status === "SOLD") status = "sold";
      else if (row.status === "HELD" && row.heldUntil && row.heldUntil > now) {
        status = row.heldBy === callerId && callerId ? "held_by_you" : "held";
        if (status === "held_by_you" && row.holdId && (!yourHold || row.heldUntil < yourHold.expiresAt)) {
          yourHold = { holdId: row.holdId, expiresAt: row.heldUntil };
        }
      }
      return {
        id: seat.id,
        label: seat.label,
        rowLabel: seat.rowLabel,
        number: seat.number,
        row: seat.gridRow,
        col: seat.gridCol,
        type: seat.type.toLowerCase(),
        status,
        amountCents: priceOf.get(seat.type) ?? 0,
        pairSeatId: seat.pairSeatId,
      };
    });
  return {
    showtimeId,
    rows: layout.rows,
    cols: layout.cols,
    currency: cinema.currency,
    hall: hall.name,
    seats,
    yourHold: yourHold as { holdId: string; expiresAt: Date } | null,
  };
}
