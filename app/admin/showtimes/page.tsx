import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/current-user";
import { CancelShowtimeButton } from "@/components/admin/cancel-showtime-button";
import { JobProgress } from "@/components/admin/job-progress";
import { formatDateTime } from "@/lib/format";
import { jobJson } from "@/lib/presenters/job";
import { listJobs } from "@/lib/services/bookings";
import { getMoviesByIds, listAllMovies } from "@/lib/services/movies";
import { listHalls, listShowtimesByIds, scheduleFor } from "@/lib/services/showtimes";
import { ScheduleForm } from "./schedule-form";

export const metadata: Metadata = { title: "Schedule" };
export const dynamic = "force-dynamic";

export default async function AdminShowtimes() {
  const [movies, halls, upcoming, jobs, user] = await Promise.all([
    listAllMovies(),
    listHalls(),
    scheduleFor({ limit: 60 }),
    listJobs(10),
    getCurrentUser(),
  ]);
  const cancelled = await listShowtimesByIds(jobs.map((job) => (job.params as { showtimeId: string }).showtimeId));
  const titles = new Map(
    (await getMoviesByIds([...upcoming, ...cancelled].map((s) => s.movieId))).map((m) => [m.id, m.title]),
  );
  const showtimeOf = new Map(cancelled.map((s) => [s.id, s]));
  const describe = (showtimeId: string) => {
    const showtime = showtimeOf.get(showtimeId);
    return showtime
      ? `${titles.get(showtime.movieId)}, ${formatDateTime(showtime.startsAt, showtime.timeZone)}, ${showtime.cinemaName}`
      : "a showtime";
  };
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Schedule</h1>
      <ScheduleForm
        movies={movies.filter((m) => m.status !== "ARCHIVED").map((m) => ({ id: m.id, title: m.title }))}
        halls={halls.map((h) => ({
          id: h.id,
          label: `${h.cinema.name} · ${h.name} (${h.seatCount} seats)`,
          currency: h.cinema.currency,
          prices: Object.fromEntries(h.prices.map((price) => [price.seatType, price.amountCents])),
        }))}
        canSetPrices={user?.role === "ADMIN"}
      />
      {jobs.length > 0 && (
        <section aria-labelledby="cancellations-heading" className="space-y-3">
          <h2 id="cancellations-heading" className="text-lg font-semibold">
            Cancellations
          </h2>
          <p className="text-sm text-slate-700">
            They run in the background: leave this page and come back, nobody is refunded twice.
          </p>
          <ul className="space-y-3">
            {jobs.map((job) => {
              const label = describe((job.params as { showtimeId: string }).showtimeId);
              return (
                <li key={job.id} className="rounded border border-slate-200 bg-white p-3">
                  <p className="font-medium">{label}</p>
                  <JobProgress initial={jobJson(job)} label={`Cancelling ${label}`} />
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <h2 className="text-lg font-semibold">Next showtimes</h2>
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">Upcoming showtimes</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              When
            </th>
            <th scope="col" className="p-2">
              Film
            </th>
            <th scope="col" className="p-2">
              Where
            </th>
            <th scope="col" className="p-2">
              Seats
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {upcoming.map((s) => (
            <tr key={s.id} className="border-b border-slate-200">
              <td className="p-2 whitespace-nowrap">{formatDateTime(s.startsAt, s.cinema.timeZone)}</td>
              <td className="p-2">{titles.get(s.movieId)}</td>
              <td className="p-2">
                {s.cinema.name} · {s.hallName}
              </td>
              <td className="p-2">{s.occupancy.replace("_", " ")}</td>
              <td className="p-2 whitespace-nowrap">
                <a
                  href={`/api/admin/bookings/export.csv?showtimeId=${s.id}`}
                  aria-label={`Bookings of ${titles.get(s.movieId)}, ${formatDateTime(s.startsAt, s.cinema.timeZone)} (CSV)`}
                  className="mr-2 text-xs text-brand-700 underline"
                >
                  CSV
                </a>
                <CancelShowtimeButton
                  showtimeId={s.id}
                  label={`${titles.get(s.movieId)}, ${formatDateTime(s.startsAt, s.cinema.timeZone)}`}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
