import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { paymentsMode } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import type { SeatType } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { metrics } from "@/lib/metrics";
import { createCheckout, getPaymentForBooking, salesClosed } from "@/lib/services/payments";
import { convertHold, getHold, holdIsLive, holdSeats, releaseHold } from "@/lib/services/seats";
import { getLayoutSeats, getSaleTerms, getShowtimeDetails, getShowtimeForSale } from "@/lib/services/showtimes";
import { getMovie } from "@/lib/services/movies";
import { newReference } from "./codes";

export type BookRequest = { holdId: string } | { showtimeId: string; seatIds: string[] };

export interface BookingCreated {
  booking: Awaited<ReturnType<typeof db.booking.findUniqueOrThrow>>;
  checkoutUrl: string;
}

function requestHash(request: BookRequest): string {
  const canonical =
    "holdId" in request
      ? { holdId: request.holdId }
      : { showtimeId: request.showtimeId, seatIds: [...request.seatIds].sort() };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/** The same key and body again: the same booking and checkout; another body: a conflict. */
async function replay(userId: string, idempotencyKey: string, hash: string): Promise<BookingCreated | null> {
  const existing = await db.booking.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } } });
  if (!existing) return null;
  if (existing.requestHash !== hash) {
    throw new AppError(
      "idempotency_conflict",
      "This Idempotency-Key was already used for a different booking request. Use a new key.",
    );
  }
  return { booking: existing, checkoutUrl: await checkoutFor(existing) };
}

async function awaitReplay(userId: string, idempotencyKey: string, hash: string): Promise<BookingCreated | null> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const replayed = await replay(userId, idempotencyKey, hash);
    if (replayed) return replayed;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

async function checkoutFor(booking: BookingCreated["booking"]): Promise<string> {
  const payment = await getPaymentForBooking(booking.id);
  if (payment?.checkoutUrl) return payment.checkoutUrl;
  // The first attempt stopped before its checkout was made: make it now.
  const tickets = await lineItemsFor(booking);
  const session = await createCheckout({
    bookingId: booking.id,
    reference: booking.reference,
    customerEmail: booking.customerEmail,
    currency: booking.currency,
    lineItems: tickets,
    expiresAt: booking.expiresAt,
  });
  return session.checkoutUrl;
}

async function lineItemsFor(booking: BookingCreated["booking"]) {
  const hold = booking.holdId ? await getHold(booking.holdId) : null;
  const { showtime, prices } = await getShowtimeDetails(booking.showtimeId);
  const [layout, movie] = await Promise.all([getLayoutSeats(showtime.layoutId), getMovie(showtime.movieId)]);
  const seats = layout.seats.filter((seat) => hold?.seatIds.includes(seat.id));
  return priceLines(seats, prices, movie.title);
}

function priceLines(
  seats: { type: SeatType }[],
  prices: { seatType: SeatType; amountCents: number }[],
  filmTitle: string,
) {
  const counts = new Map<SeatType, number>();
  for (const seat of seats) counts.set(seat.type, (counts.get(seat.type) ?? 0) + 1);
  return [...counts].map(([seatType, quantity]) => {
    const price = prices.find((p) => p.seatType === seatType);
    if (!price) throw new AppError("showtime_not_on_sale", `No price is set for ${seatType.toLowerCase()} seats.`);
    const kind = seatType.charAt(0) + seatType.slice(1).toLowerCase();
    return { name: `${filmTitle} — ${kind} seat`, seatType, unitAmountCents: price.amountCents, quantity };
  });
}

/**
 * The booking flow: validate the showtime, hold the seats (or take the
 * caller's hold), record the booking, and open a checkout that expires with
 * the hold. Safe to retry with the same Idempotency-Key.
 */
export async function createBooking(
  caller: { id: string; email: string },
  request: BookRequest,
  idempotencyKey: string,
  clientAddress: string | null = null,
): Promise<BookingCreated> {
  // Nobody can pay: hold nothing, book nothing.
  if (paymentsMode() === "closed") throw salesClosed();
  const hash = requestHash(request);
  const replayed = await replay(caller.id, idempotencyKey, hash);
  if (replayed) return replayed;

  let hold;
  let heldHere = false;
  if ("holdId" in request) {
    hold = await getHold(request.holdId);
    if (!hold || hold.userId !== caller.id) throw notFound("The hold");
    if (hold.status === "CONVERTED") throw new AppError("conflict", "These seats already belong to a booking.");
    if (!holdIsLive(hold)) {
      throw new AppError(
        "hold_expired",
        "Your seat hold has expired and the seats were released. Please pick your seats again.",
      );
    }
  } else {
    const terms = await getSaleTerms(request.showtimeId);
    const created = await holdSeats(caller.id, request, terms, clientAddress).catch(async (error) => {
      // A concurrent retry with the same key may hold these very seats: answer as it will.
      const winner = error instanceof AppError ? await awaitReplay(caller.id, idempotencyKey, hash) : null;
      if (winner) return winner;
      throw error;
    });
    if ("booking" in created) return created;
    hold = (await getHold(created.holdId))!;
    heldHere = true;
  }

  const { showtime, cinema, prices } = await getShowtimeForSale(hold.showtimeId);
  const [layout, movie] = await Promise.all([getLayoutSeats(showtime.layoutId), getMovie(showtime.movieId)]);
  const lines = priceLines(
    layout.seats.filter((seat) => hold.seatIds.includes(seat.id)),
    prices,
    movie.title,
  );
  const amountCents = lines.reduce((sum, line) => sum + line.unitAmountCents * line.quantity, 0);

  let booking: BookingCreated["booking"];
  try {
    booking = await db.$transaction(async (tx) => {
      if (!(await convertHold(tx, hold.id))) {
        throw new AppError("hold_expired", "Your seat hold has ended. Please pick your seats again.");
      }
      const created = await tx.booking.create({
        data: {
          reference: newReference(),
          userId: caller.id,
          customerEmail: caller.email,
          showtimeId: showtime.id,
          holdId: hold.id,
          amountCents,
          currency: cinema.currency,
          expiresAt: hold.expiresAt,
          idempotencyKey,
          requestHash: hash,
        },
      });
      return created;
    });
  } catch (error) {
    if (heldHere)
      await releaseHold(caller.id, hold.id).catch((releaseError) =>
        // The hold runs out on its own; the booking error is what the caller needs to hear.
        logger.warn({ err: releaseError, holdId: hold.id }, "could not release the hold of a failed booking"),
      );
    if (isUniqueViolation(error)) {
      // A concurrent request with the same key won the race: answer as it did.
      const winner = await replay(caller.id, idempotencyKey, hash);
      if (winner) return winner;
    }
    throw error;
  }
  metrics.bookings.inc({ event: "created" });
  const session = await createCheckout({
    bookingId: booking.id,
    reference: booking.reference,
    customerEmail: caller.email,
    currency: booking.currency,
    lineItems: lines,
    expiresAt: booking.expiresAt,
  });
  return { booking, checkoutUrl: session.checkoutUrl };
}
