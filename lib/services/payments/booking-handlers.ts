import "server-only";
// What payments needs from bookings, given to it by the bookings service
// (`bookingPaymentHandlers` in lib/services/bookings): payments tells bookings
// what happened to the money without importing it, so the two never import
// each other.
import type { Tx } from "@/lib/db";

export type PaidOutcome = "confirmed" | "already" | "seats_lost" | "not_payable";

export interface BookingHandlers<Loaded = unknown> {
  /**
   * Everything the other handlers need about a booking, read before the
   * payment event's transaction opens: inside it they read and write only
   * through `tx`, so a transaction never waits for a second connection.
   */
  load(bookingId: string): Promise<Loaded | null>;
  /** The money arrived: confirm the booking, or say why it can't be (the money then goes back). */
  paid(tx: Tx, booking: Loaded): Promise<PaidOutcome>;
  /** The checkout ended unpaid, or a delayed payment failed. */
  unpaid(tx: Tx, booking: Loaded, reason: "checkout_expired" | "payment_failed"): Promise<void>;
  /** All of the money went back (our refunds or the provider's dashboard). */
  refunded(tx: Tx, booking: Loaded): Promise<void>;
}
