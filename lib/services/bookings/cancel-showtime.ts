import "server-only";
// Cancelling a showtime: the showtime goes off sale at once, then a job ends
// its bookings one at a time (see jobs.ts). Each step locks one booking,
// ends it, queues its refund and message, and counts itself done in the
// same transaction; a booking already ended is passed over, and a refund's
// key is the same on every attempt, so a resumed job never refunds twice.
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { queueMessage } from "@/lib/services/notifications";
import { queueRefund } from "@/lib/services/payments";
import { cancelShowtimeSchedule, getShowtimeDetails } from "@/lib/services/showtimes";
import { recordAudit } from "@/lib/services/users";
import { endingProps, type BookingSnapshot } from "./booking-snapshot";
import { endBooking, type Ending } from "./end-booking";
import { lockBooking } from "./lock-booking";

export const CANCEL_SHOWTIME = "cancel_showtime";
const OPEN = ["CONFIRMED", "PENDING_PAYMENT"] as const;

export interface CancelShowtimeParams {
  showtimeId: string;
}

/** Takes the showtime off sale and starts the job that refunds and tells its holders (one job per showtime at a time). */
export async function startShowtimeCancellation(staffId: string, showtimeId: string) {
  const { showtime } = await getShowtimeDetails(showtimeId);
  await cancelShowtimeSchedule(showtimeId);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`${CANCEL_SHOWTIME}:${showtimeId}`}))::text`;
    const running = await tx.job.findFirst({
      where: { kind: CANCEL_SHOWTIME, status: { in: ["QUEUED", "RUNNING"] }, params: { equals: { showtimeId } } },
    });
    if (running) return running;
    const total = await tx.booking.count({ where: { showtimeId, status: { in: [...OPEN] } } });
    const job = await tx.job.create({
      data: { kind: CANCEL_SHOWTIME, params: { showtimeId }, total, createdBy: staffId },
    });
    await recordAudit(tx, {
      actorId: staffId,
      action: "showtime.cancel",
      entityType: "showtime",
      entityId: showtimeId,
      details: { jobId: job.id, bookings: total },
      before: { status: showtime.status },
      after: { status: "CANCELLED" },
    });
    return job;
  });
}

/** The next booking the job has to end, leaving out those it could not. */
export async function nextOpenBooking(params: CancelShowtimeParams, skip: string[]): Promise<string | null> {
  const next = await db.booking.findFirst({
    where: { showtimeId: params.showtimeId, status: { in: [...OPEN] }, id: { notIn: skip } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  return next?.id ?? null;
}

/** One step: a paid booking is refunded in full, a pending one cancelled; both customers are told. */
export async function cancelForShowtime(tx: Tx, snapshot: BookingSnapshot): Promise<Ending | null> {
  const booking = await lockBooking(tx, snapshot.booking.id);
  if (!booking || !(OPEN as readonly string[]).includes(booking.status)) return null;
  const paid = booking.status === "CONFIRMED";
  const refund = paid
    ? await queueRefund(tx, {
        bookingId: booking.id,
        amountCents: booking.amountCents,
        reason: "Showtime cancelled by the cinema",
        key: "showtime-cancelled",
      })
    : null;
  const ending = await endBooking(tx, booking, paid ? "REFUNDED" : "CANCELLED");
  await queueMessage(tx, {
    template: "showtime-cancelled",
    recipient: booking.customerEmail,
    props: endingProps(snapshot, refund?.amountCents ?? 0),
    dedupeKey: `showtime-cancelled:${booking.id}`,
  });
  return { ...ending, refundId: refund?.id };
}
