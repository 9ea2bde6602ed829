import type { Metadata } from "next";
import Link from "next/link";
import { ApiButton } from "@/components/admin/api-action";
import { formatDateTime, formatMoney } from "@/lib/format";
import { orNotFound } from "@/lib/pages";
import { bookingDesk, type TimelineKind } from "@/lib/read-models/booking-desk";

export const metadata: Metadata = { title: "Booking" };
export const dynamic = "force-dynamic";

const KIND_LABEL: Record<TimelineKind, string> = {
  booking: "Booking",
  payment: "Payment",
  ticket: "Ticket",
  refund: "Refund",
  message: "Message",
  staff: "Staff",
};

const KIND_STYLE: Record<TimelineKind, string> = {
  booking: "bg-slate-100 text-slate-800",
  payment: "bg-emerald-100 text-emerald-900",
  ticket: "bg-sky-100 text-sky-900",
  refund: "bg-amber-100 text-amber-950",
  message: "bg-violet-100 text-violet-900",
  staff: "bg-rose-100 text-rose-900",
};

const seatOrder = new Intl.Collator("en", { numeric: true });

const words = (status: string) => status.toLowerCase().replace(/_/g, " ");

export default async function BookingDeskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const desk = await orNotFound(bookingDesk(id));
  const { booking, show, payment } = desk;
  const when = (date: Date) => formatDateTime(date, show.timeZone);
  // Seats in the order people read them: K8 before K10.
  const tickets = [...booking.tickets].sort((a, b) => seatOrder.compare(a.seatLabel, b.seatLabel));
  const live = tickets.filter((ticket) => !ticket.voidedAt);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/bookings" className="text-brand-700 underline">
          ← Bookings
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">
          Booking <span className="font-mono">{booking.reference}</span>
        </h1>
        <p>
          <span className="rounded bg-slate-200 px-2 py-0.5 text-sm font-semibold" data-testid="booking-status">
            {words(booking.status)}
          </span>{" "}
          {show.filmTitle}, {when(show.startsAt)}, {show.cinemaName} · {show.hallName}
          {show.status === "CANCELLED" && " (showtime cancelled)"}
        </p>
        <p className="text-sm text-slate-700">
          {desk.customer?.name ?? "Customer"} &lt;{booking.customerEmail}&gt; · booked {when(booking.createdAt)}
        </p>
      </header>

      <section aria-labelledby="actions-heading" className="flex flex-wrap gap-3">
        <h2 id="actions-heading" className="sr-only">
          Actions
        </h2>
        {booking.status === "CONFIRMED" && live.length > 0 && (
          <>
            <ApiButton
              url={`/api/admin/bookings/${booking.id}/resend`}
              label="Resend confirmation"
              done={`Sent again to ${booking.customerEmail}.`}
            />
            <ApiButton
              url={`/api/admin/bookings/${booking.id}/refund`}
              body={{}}
              label="Refund all"
              confirm={`Refund booking ${booking.reference} in full?`}
              done="Refunded"
            />
          </>
        )}
        <a
          href={`/api/admin/bookings/export.csv?showtimeId=${show.showtimeId}`}
          className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100"
        >
          Export the showtime&apos;s bookings (CSV)
        </a>
      </section>

      <section aria-labelledby="tickets-heading" className="space-y-2">
        <h2 id="tickets-heading" className="text-lg font-semibold">
          Tickets
        </h2>
        {tickets.length === 0 ? (
          <p className="text-sm text-slate-700">No tickets: the booking was never paid.</p>
        ) : (
          <table className="w-full bg-white text-sm">
            <caption className="sr-only">Tickets</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Seat
                </th>
                <th scope="col" className="p-2">
                  Kind
                </th>
                <th scope="col" className="p-2 text-right">
                  Price
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left font-semibold">
                    {ticket.seatLabel}
                  </th>
                  <td className="p-2">{words(ticket.seatType)}</td>
                  <td className="p-2 text-right tabular-nums">{formatMoney(ticket.amountCents, booking.currency)}</td>
                  <td className="p-2">
                    {ticket.voidedAt
                      ? `refunded ${when(ticket.voidedAt)}`
                      : ticket.checkedInAt
                        ? `checked in ${when(ticket.checkedInAt)}`
                        : "valid"}
                  </td>
                  <td className="p-2">
                    {!ticket.voidedAt && booking.status === "CONFIRMED" && live.length > 1 && (
                      <ApiButton
                        url={`/api/admin/bookings/${booking.id}/refund`}
                        body={{ ticketIds: [ticket.id] }}
                        label="Refund"
                        ariaLabel={`Refund seat ${ticket.seatLabel}`}
                        confirm={`Refund seat ${ticket.seatLabel} only?`}
                        done="Refunded"
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="payment-heading" className="space-y-2">
          <h2 id="payment-heading" className="text-lg font-semibold">
            Payment
          </h2>
          {payment ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <dt className="text-slate-600">Status</dt>
              <dd>{words(payment.status)}</dd>
              <dt className="text-slate-600">Amount</dt>
              <dd>{formatMoney(payment.amountCents, payment.currency)}</dd>
              <dt className="text-slate-600">Refunded</dt>
              <dd>{formatMoney(payment.amountRefundedCents, payment.currency)}</dd>
              <dt className="text-slate-600">Provider</dt>
              <dd>
                {payment.provider === "TEST" ? "built-in test provider" : "Stripe"}{" "}
                <span className="font-mono text-xs">{payment.paymentIntentId ?? payment.checkoutSessionId}</span>
              </dd>
            </dl>
          ) : (
            <p className="text-sm text-slate-700">No payment was started.</p>
          )}
          <h3 className="font-semibold">Refunds</h3>
          {desk.refunds.length === 0 ? (
            <p className="text-sm text-slate-700">None.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {desk.refunds.map((refund) => (
                <li key={refund.id} className="rounded border border-slate-200 bg-white p-2">
                  {formatMoney(refund.amountCents, booking.currency)} · {refund.reason} · {refund.status}
                  {refund.completedAt ? `, ${when(refund.completedAt)}` : ""}
                  {refund.lastError ? ` (${refund.lastError})` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="messages-heading" className="space-y-2">
          <h2 id="messages-heading" className="text-lg font-semibold">
            Messages
          </h2>
          {desk.messages.length === 0 ? (
            <p className="text-sm text-slate-700">None.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {desk.messages.map((message) => (
                <li key={message.id} className="rounded border border-slate-200 bg-white p-2">
                  <Link href={`/admin/messages/${message.id}`} className="text-brand-700 underline">
                    {message.subject ?? message.template}
                  </Link>{" "}
                  · {message.channel.toLowerCase()} · {words(message.status)} · {when(message.createdAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <ol className="space-y-1 border-l-2 border-slate-300 pl-4 text-sm" data-testid="timeline">
          {desk.timeline.map((event, i) => (
            <li key={i} className="flex flex-wrap items-baseline gap-x-2">
              <time
                dateTime={event.at.toISOString()}
                className="w-52 shrink-0 whitespace-nowrap tabular-nums text-slate-600"
              >
                {when(event.at)}
              </time>
              <span className={`rounded px-1.5 text-xs font-semibold ${KIND_STYLE[event.kind]}`}>
                {KIND_LABEL[event.kind]}
              </span>
              <span>
                {event.text}
                {event.by ? <span className="text-slate-600"> · {event.by}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
