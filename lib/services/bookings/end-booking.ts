import "server-only";
// The one way a booking ends or gives tickets back, whoever ends it (the
// moviegoer, staff, a showtime cancellation, an expiry, the payment
// provider): seats go back on sale, tickets are voided, the booking takes its
// final status, all in the caller's transaction. What must wait for the
// commit (the refund, closing an open checkout) is done by `afterEnding`.
import type { Tx } from "@/lib/db";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { expireCheckout, sendRefundNow } from "@/lib/services/payments";
import { releaseHoldSeats, unsellSeats } from "@/lib/services/seats";
import type { LockedBooking } from "./lock-booking";

export type FinalStatus = "EXPIRED" | "CANCELLED" | "REFUNDED";

export interface Ending {
  bookingId: string;
  /** A pending booking may still have an open checkout: it is closed after the commit. */
  closeCheckout: boolean;
  /** A refund queued with the ending, sent after the commit. */
  refundId?: string;
}

/**
 * Ends `booking` (locked by the caller) as `to`, or, given `ticketIds`, only
 * voids those tickets and frees their seats (the booking ends with its last
 * ticket). Only a booking waiting for payment or confirmed can end.
 */
export async function endBooking(
  tx: Tx,
  booking: LockedBooking,
  to: FinalStatus,
  ticketIds?: string[],
): Promise<Ending> {
  const now = new Date();
  const ending: Ending = { bookingId: booking.id, closeCheckout: false };
  if (booking.status === "PENDING_PAYMENT") {
    if (booking.holdId) await releaseHoldSeats(tx, booking.holdId, to === "EXPIRED" ? "EXPIRED" : "RELEASED");
    ending.closeCheckout = true;
  } else if (booking.status === "CONFIRMED") {
    const live = booking.tickets.filter((ticket) => !ticket.voidedAt);
    const chosen = ticketIds ? live.filter((ticket) => ticketIds.includes(ticket.id)) : live;
    await tx.ticket.updateMany({ where: { id: { in: chosen.map((t) => t.id) } }, data: { voidedAt: now } });
    // Without ticket ids every seat the booking bought goes back, ticketed or not.
    if (!ticketIds || chosen.length)
      await unsellSeats(tx, booking.id, ticketIds ? chosen.map((ticket) => ticket.seatId) : undefined);
    if (chosen.length < live.length) return ending;
  } else {
    throw new Error(`A ${booking.status} booking cannot end again`);
  }
  await tx.booking.update({
    where: { id: booking.id },
    data: { status: to, ...(to === "EXPIRED" ? {} : { cancelledAt: now }) },
  });
  metrics.bookings.inc({ event: to.toLowerCase() });
  return ending;
}

/** After the commit: send the refund and close the checkout (network calls; failures are retried by workers). */
export async function afterEnding(ending: Ending | null): Promise<void> {
  if (!ending) return;
  if (ending.refundId) await sendRefundNow(ending.refundId);
  if (ending.closeCheckout)
    await expireCheckout(ending.bookingId).catch((error) =>
      logger.warn({ err: error, bookingId: ending.bookingId }, "could not close the checkout"),
    );
}
