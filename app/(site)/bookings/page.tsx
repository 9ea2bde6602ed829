import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateTime, formatMoney } from "@/lib/format";
import { listBookingsForUser } from "@/lib/services/bookings";
import { getMoviesByIds } from "@/lib/services/movies";
import { listShowtimesByIds } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "My bookings" };
export const dynamic = "force-dynamic";

export default async function MyBookingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?callbackUrl=/bookings");
  const bookings = await listBookingsForUser(user.id);
  const showtimes = new Map((await listShowtimesByIds(bookings.map((b) => b.showtimeId))).map((s) => [s.id, s]));
  const movies = new Map((await getMoviesByIds([...showtimes.values()].map((s) => s.movieId))).map((m) => [m.id, m]));
  const now = new Date();
  const upcoming = bookings.filter((b) => (showtimes.get(b.showtimeId)?.startsAt ?? now) >= now);
  const past = bookings.filter((b) => (showtimes.get(b.showtimeId)?.startsAt ?? now) < now);
  const section = (title: string, list: typeof bookings) => (
    <section aria-labelledby={`${title}-heading`} className="mt-6">
      <h2 id={`${title}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      {list.length === 0 ? (
        <p className="mt-2 text-slate-600">None.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {list.map((booking) => {
            const showtime = showtimes.get(booking.showtimeId);
            const movie = showtime ? movies.get(showtime.movieId) : undefined;
            return (
              <li key={booking.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/bookings/${booking.id}`} className="font-semibold text-brand-700 underline">
                  {movie?.title ?? "Booking"}
                </Link>
                <p className="text-sm text-slate-700">
                  {showtime && formatDateTime(showtime.startsAt, showtime.timeZone)} ·{" "}
                  {booking.tickets.map((t) => t.seatLabel).join(", ") || "no tickets"} ·{" "}
                  {formatMoney(booking.amountCents, booking.currency)} ·{" "}
                  <span className="font-medium">{booking.status.toLowerCase().replace("_", " ")}</span> ·{" "}
                  {booking.reference}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">My bookings</h1>
      {bookings.length === 0 ? (
        <p className="mt-4 text-slate-600">
          You haven&apos;t booked anything yet.{" "}
          <Link href="/" className="text-brand-700 underline">
            See what&apos;s on
          </Link>
          .
        </p>
      ) : (
        <>
          {section("Upcoming", upcoming)}
          {section("Past", past)}
        </>
      )}
    </div>
  );
}
