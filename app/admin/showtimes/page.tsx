import type { Metadata } from "next";
import { ApiButton } from "@/components/admin/api-action";
import { formatDateTime } from "@/lib/format";
import { getMoviesByIds, listAllMovies } from "@/lib/services/movies";
import { listHalls, scheduleFor } from "@/lib/services/showtimes";
import { ScheduleForm } from "./schedule-form";

export const metadata: Metadata = { title: "Schedule" };
export const dynamic = "force-dynamic";

export default async function AdminShowtimes() {
  const [movies, halls, upcoming] = await Promise.all([listAllMovies(), listHalls(), scheduleFor({ limit: 60 })]);
  const titles = new Map((await getMoviesByIds(upcoming.map((s) => s.movieId))).map((m) => [m.id, m.title]));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Schedule</h1>
      <ScheduleForm
        movies={movies.filter((m) => m.status !== "ARCHIVED").map((m) => ({ id: m.id, title: m.title }))}
        halls={halls.map((h) => ({ id: h.id, label: `${h.cinema.name} · ${h.name} (${h.seatCount} seats)` }))}
      />
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
              <td className="p-2">
                <ApiButton
                  url={`/api/admin/showtimes/${s.id}/cancel`}
                  label="Cancel"
                  confirm="Cancel this showtime? Every booking is refunded and the customers are told."
                  done="Cancelled"
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
