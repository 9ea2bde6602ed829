import type { Metadata } from "next";
import Link from "next/link";
import { ApiButton } from "@/components/admin/api-action";
import { CinemaSelect } from "@/components/admin/cinema-select";
import { formatMoney, localDateKey } from "@/lib/format";
import { searchBookings } from "@/lib/services/bookings";
import { listCinemas } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Bookings" };
export const dynamic = "force-dynamic";

export default async function AdminBookings({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const { q } = await searchParams;
  const [bookings, cinemas] = await Promise.all([searchBookings(q?.slice(0, 200)), listCinemas()]);
  const today = localDateKey(new Date(), cinemas[0]?.timeZone ?? "UTC");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Bookings</h1>
      <form role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Reference, e-mail or ticket code
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder="Reference, e-mail or ticket code"
          className="w-full max-w-md rounded border border-slate-400 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Search
        </button>
      </form>
      <form
        method="get"
        action="/api/admin/bookings/export.csv"
        aria-label="Export a day's bookings"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <label className="text-sm font-medium">
          Day
          <input
            type="date"
            name="date"
            required
            defaultValue={today}
            className="mt-1 block rounded border border-slate-400 px-3 py-2"
          />
        </label>
        <CinemaSelect cinemas={cinemas} className="mt-1 block rounded border border-slate-400 px-3 py-2" />
        <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-sm hover:bg-slate-100">
          Download the day&apos;s bookings (CSV)
        </button>
      </form>
      {bookings.length === 0 ? (
        <p className="text-slate-600">No bookings match.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">Bookings</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-2">
                  Reference
                </th>
                <th scope="col" className="p-2">
                  Customer
                </th>
                <th scope="col" className="p-2">
                  Seats
                </th>
                <th scope="col" className="p-2">
                  Total
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
                <th scope="col" className="p-2">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((booking) => (
                <tr key={booking.id} className="border-b border-slate-200 align-top">
                  <td className="p-2 font-mono">
                    <Link href={`/admin/bookings/${booking.id}`} className="text-brand-700 underline">
                      {booking.reference}
                    </Link>
                  </td>
                  <td className="p-2">{booking.customerEmail}</td>
                  <td className="p-2">
                    {booking.tickets.map((t) => (
                      <span key={t.id} className={`mr-1 ${t.voidedAt ? "line-through text-slate-500" : ""}`}>
                        {t.seatLabel}
                        {t.checkedInAt ? "✓" : ""}
                      </span>
                    ))}
                  </td>
                  <td className="p-2">{formatMoney(booking.amountCents, booking.currency)}</td>
                  <td className="p-2">{booking.status.toLowerCase().replace("_", " ")}</td>
                  <td className="p-2">
                    {booking.status === "CONFIRMED" && (
                      <ApiButton
                        url={`/api/admin/bookings/${booking.id}/refund`}
                        body={{}}
                        label="Refund all"
                        confirm={`Refund booking ${booking.reference} in full?`}
                        done="Refunded"
                      />
                    )}
                    <Link
                      href={`/admin/showtimes?focus=${booking.showtimeId}`}
                      className="ml-2 text-xs text-brand-700 underline"
                    >
                      showtime
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
