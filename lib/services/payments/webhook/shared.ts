import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Payment } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import type { BookingHandlers } from "../booking-handlers";

export interface SessionObject {
  id: string;
  client_reference_id?: string | null;
  metadata?: Record<string, string> | null;
  payment_status?: string;
  payment_intent?: string | { id: string } | null;
  amount_total?: number | null;
  currency?: string | null;
}

/** What an event's handler did: its effect, or nothing because the event is not about a payment we made. */
export type HandlerOutcome = "processed" | "refused_mismatch";

export interface EventContext {
  bookings: BookingHandlers;
  /** The id `bookingOf` found, before the transaction. */
  bookingId: string | null;
  /** The booking the event names, as `bookings.load` read it before the transaction; null when there is none. */
  booking: unknown;
  /** Work for after the commit (network calls never run inside the transaction). */
  afterCommit(task: () => Promise<void>): void;
}

/** One handler per event type: which booking it concerns (read before the transaction), and its effect in it. */
export interface EventHandler<T> {
  bookingOf(object: T): Promise<string | null>;
  handle(tx: Tx, object: T, context: EventContext): Promise<HandlerOutcome>;
}

export function bookingIdOf(session: SessionObject): string {
  const id = session.metadata?.bookingId ?? session.client_reference_id;
  if (!id)
    throw new AppError("validation_failed", "The event names no booking (metadata.bookingId or client_reference_id).");
  return id;
}

/** The booking a session event is about, for the handlers' `bookingOf`. */
export const sessionBooking = async (session: SessionObject) => bookingIdOf(session);

export function intentIdOf(session: SessionObject): string | null {
  const intent = session.payment_intent;
  return typeof intent === "string" ? intent : (intent?.id ?? null);
}

/** The booking's payment row, locked for the rest of the event's transaction. */
export async function lockPayment(tx: Tx, bookingId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "payments"."payments" WHERE booking_id = ${bookingId} FOR UPDATE`;
  if (!rows[0]) return null;
  return tx.payment.findUniqueOrThrow({ where: { id: rows[0].id } });
}

/**
 * Why a session event is not about the checkout we created for this booking
 * (another session, or, once paid, another amount or currency), or null when
 * it is. A signed event naming only a booking id must not confirm it.
 */
export function sessionMismatch(payment: Payment, session: SessionObject, paid: boolean): string | null {
  if (session.id !== payment.checkoutSessionId) return "session id";
  if (!paid) return null;
  if (session.amount_total !== payment.amountCents) return "amount";
  if (session.currency?.toLowerCase() !== payment.currency.toLowerCase()) return "currency";
  return null;
}

/** Records nothing and changes nothing: the event is kept with this outcome, and the refusal is a security event. */
export function refuseMismatch(bookingId: string, what: string, eventObjectId: string): HandlerOutcome {
  logger.warn(
    { event: "security", kind: "webhook_mismatch", bookingId, mismatch: what, objectId: eventObjectId },
    "a signed payment event does not match the payment we created; refused",
  );
  return "refused_mismatch";
}
