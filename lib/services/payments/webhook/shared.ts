import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface SessionObject {
  id: string;
  client_reference_id?: string | null;
  metadata?: Record<string, string> | null;
  payment_status?: string;
  payment_intent?: string | { id: string } | null;
}

export function bookingIdOf(session: SessionObject): string {
  const id = session.metadata?.bookingId ?? session.client_reference_id;
  if (!id)
    throw new AppError("validation_failed", "The event names no booking (metadata.bookingId or client_reference_id).");
  return id;
}

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
