import type { Metadata } from "next";
import { formatTime, localDateKey } from "@/lib/format";
import { doorCounts } from "@/lib/services/bookings";
import { getMoviesByIds } from "@/lib/services/movies";
import { listCinemas, listShowtimes } from "@/lib/services/showtimes";
import { CheckInForm } from "./check-in-form";

export const metadata: Metadata = { title: "Door check-in" };
export const dynamic = "force-dynamic";

/** Today's showtimes not yet over, in every cinema (each on its own today). */
async function doorShowtimes(now: Date) {
  const cinemas = await listCinemas();
  const perCinema = await Promise.all(
    cinemas.map(async (cinema) => {
      const showtimes = await listShowtimes({
        cinemaId: cinema.id,
        date: localDateKey(now, cinema.timeZone),
        includePast: true,
      });
      return showtimes
        .filter((s) => s.endsAt > now && s.status !== "CANCELLED")
        .map((s) => ({ ...s, cinemaName: cinema.name, timeZone: cinema.timeZone }));
    }),
  );
  const showtimes = perCinema.flat().sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const titles = new Map((await getMoviesByIds(showtimes.map((s) => s.movieId))).map((m) => [m.id, m.title]));
  return showtimes.map((s) => ({
    id: s.id,
    label: `${formatTime(s.startsAt, s.timeZone)} ${titles.get(s.movieId) ?? ""} · ${s.cinemaName} · ${s.hall.name}`,
  }));
}

export default async function CheckInPage({ searchParams }: { searchParams: Promise<{ showtime?: string }> }) {
  const { showtime: chosen } = await searchParams;
  const showtimes = await doorShowtimes(new Date());
  // The next show to start (or the one playing) unless staff picked another.
  const showtime = showtimes.find((s) => s.id === chosen) ?? showtimes[0];
  const count = showtime ? (await doorCounts([showtime.id])).get(showtime.id) : undefined;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Door check-in</h1>
      {showtimes.length === 0 ? (
        <p className="text-slate-700">No more showtimes today: any ticket scanned is checked against its own show.</p>
      ) : (
        <form method="get" className="mx-auto flex max-w-md items-end gap-2">
          <label className="flex-1 text-sm font-medium">
            Showtime at this door
            <select
              name="showtime"
              defaultValue={showtime?.id}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-3"
            >
              {showtimes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-400 px-4 py-3 text-sm hover:bg-slate-100">
            Change
          </button>
        </form>
      )}
      <p className="mx-auto max-w-md text-sm text-slate-700">
        Scan the QR code on the ticket with the camera, or with a handheld scanner (it types the code and presses
        Enter).
      </p>
      <CheckInForm key={showtime?.id} showtime={showtime} count={count} />
    </div>
  );
}
