import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { getPaymentForBooking, getPaymentsForBookings } from "@/lib/services/payments";

/** One of the caller's bookings; anyone else's is "not found", never "forbidden". */
export async function getBookingForUser(userId: string, bookingId: string) {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    include: { tickets: { orderBy: { seatLabel: "asc" } } },
  });
  if (!booking || booking.userId !== userId) throw notFound("The booking");
  return { ...booking, payment: await getPaymentForBooking(bookingId) };
}

export async function listBookingsForUser(userId: string) {
  const bookings = await db.booking.findMany({
    where: { userId },
    include: { tickets: { orderBy: { seatLabel: "asc" } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const payments = new Map((await getPaymentsForBookings(bookings.map((b) => b.id))).map((p) => [p.bookingId, p]));
  return bookings.map((booking) => ({ ...booking, payment: payments.get(booking.id) ?? null }));
}

export type BookingWithDetails = Awaited<ReturnType<typeof getBookingForUser>>;
