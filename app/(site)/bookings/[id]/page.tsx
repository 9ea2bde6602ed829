import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { BookingWatcher } from "@/components/booking/booking-watcher";
import { CancelBookingButton } from "@/components/booking/cancel-button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { formatDateTime, formatMoney } from "@/lib/format";
import { orNotFound } from "@/lib/pages";
import { cancellationDecision, getBookingForUser } from "@/lib/services/bookings";
import { getMovie } from "@/lib/services/movies";
import { getShowtimeDetails } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Your booking" };
export const dynamic = "force-dynamic";

const STATUS_TEXT: Record<string, string> = {
  PENDING_PAYMENT: "Waiting for payment",
  CONFIRMED: "Confirmed",
  EXPIRED: "Expired",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
};

export default async function BookingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ checkout?: string }>;
}) {
  const { id } = await params;
  const { checkout } = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=/bookings/${id}`);
  const booking = await orNotFound(getBookingForUser(user.id, id));
  const { showtime, cinema, hall } = await getShowtimeDetails(booking.showtimeId);
  const movie = await getMovie(showtime.movieId);
  const tickets = await Promise.all(
    booking.tickets
      .filter((t) => !t.voidedAt)
      .map(async (ticket) => ({ ...ticket, qr: await QRCode.toDataURL(ticket.code, { margin: 1, width: 220 }) })),
  );
  const policy = cancellationDecision({
    status: booking.status,
    startsAt: showtime.startsAt,
    now: new Date(),
    cutoffMinutes: env.CANCELLATION_CUTOFF_MINUTES,
  });
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href="/bookings" className="text-brand-700 underline">
          ← My bookings
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{movie.title}</h1>
        <p className="text-slate-700">
          {formatDateTime(showtime.startsAt, cinema.timeZone)} · {cinema.name}, {hall.name}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <div>
          <dt className="text-xs uppercase text-slate-600">Reference</dt>
          <dd className="font-mono text-lg font-bold">{booking.reference}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-slate-600">Status</dt>
          <dd className="font-semibold" data-testid="booking-status">
            {STATUS_TEXT[booking.status]}
          </dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-slate-600">Total</dt>
          <dd className="font-semibold">{formatMoney(booking.amountCents, booking.currency)}</dd>
        </div>
        <div>
          <dt className="text-xs uppercase text-slate-600">Refunded</dt>
          <dd>{formatMoney(booking.payment?.amountRefundedCents ?? 0, booking.currency)}</dd>
        </div>
      </dl>
      {booking.status === "PENDING_PAYMENT" && (
        <>
          {checkout === "cancelled" && (
            <p role="alert" className="rounded border border-slate-300 bg-white px-3 py-2">
              You left the payment page. Your seats stay held until the hold runs out.
            </p>
          )}
          <BookingWatcher bookingId={booking.id} status={booking.status} />
          {booking.payment?.checkoutUrl && (
            <a
              href={booking.payment.checkoutUrl}
              className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              Go to payment
            </a>
          )}
        </>
      )}
      {booking.status === "EXPIRED" && (
        <p role="status" className="rounded border border-slate-300 bg-white px-3 py-2">
          This booking expired before it was paid, so its seats were released.{" "}
          <Link href={`/showtimes/${booking.showtimeId}`} className="font-medium text-brand-700 underline">
            Pick seats again
          </Link>
        </p>
      )}
      {tickets.length > 0 && (
        <section aria-labelledby="tickets-heading">
          <h2 id="tickets-heading" className="text-xl font-semibold">
            Your tickets
          </h2>
          <p className="text-sm text-slate-700">Show these at the door. Each code admits one person.</p>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {tickets.map((ticket) => (
              <li key={ticket.id} className="flex items-center gap-4 rounded-lg border border-slate-200 bg-white p-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL */}
                <img src={ticket.qr} alt={`QR code for seat ${ticket.seatLabel}`} width={120} height={120} />
                <div>
                  <p className="text-lg font-bold">Seat {ticket.seatLabel}</p>
                  <p className="text-sm text-slate-700">
                    {ticket.seatType.toLowerCase()} · {formatMoney(ticket.amountCents, booking.currency)}
                  </p>
                  <p className="break-all font-mono text-xs text-slate-600">{ticket.code}</p>
                  {ticket.checkedInAt && <p className="text-xs font-semibold text-emerald-800">Checked in</p>}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {policy.allowed ? (
        <CancelBookingButton bookingId={booking.id} label={policy.refund ? "Cancel and refund" : "Cancel booking"} />
      ) : (
        ["CONFIRMED"].includes(booking.status) && <p className="text-sm text-slate-600">{policy.reason}</p>
      )}
    </div>
  );
}
