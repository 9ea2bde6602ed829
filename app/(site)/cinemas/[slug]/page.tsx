import type { Metadata } from "next";
import Link from "next/link";
import { formatDay, formatTime, nextDays } from "@/lib/format";
import { orNotFound } from "@/lib/pages";
import { getMoviesByIds } from "@/lib/services/movies";
import { getCinema, scheduleFor } from "@/lib/services/showtimes";

export const dynamic = "force-dynamic";

const findCinema = (slug: string) => orNotFound(getCinema(slug));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: (await findCinema((await params).slug)).name };
}

export default async function CinemaPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ date?: string }>;
}) {
  const cinema = await findCinema((await params).slug);
  const days = nextDays(14, cinema.timeZone);
  const today = days[0];
  const requested = (await searchParams).date;
  const date = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  const showtimes = await scheduleFor({ cinemaId: cinema.id, date });
  const movies = new Map((await getMoviesByIds(showtimes.map((s) => s.movieId))).map((m) => [m.id, m]));
  const byMovie = new Map<string, typeof showtimes>();
  for (const showtime of showtimes) byMovie.set(showtime.movieId, [...(byMovie.get(showtime.movieId) ?? []), showtime]);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">{cinema.name}</h1>
      <p className="text-slate-700">{cinema.address}</p>
      <nav aria-label="Choose a day" className="mt-6 overflow-x-auto">
        <ul className="flex gap-2 pb-2">
          {days.map((day) => (
            <li key={day}>
              <Link
                href={`/cinemas/${cinema.slug}?date=${day}`}
                aria-current={day === date ? "date" : undefined}
                className={`block whitespace-nowrap rounded border px-3 py-2 text-sm ${day === date ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white hover:bg-slate-100"}`}
              >
                {formatDay(new Date(`${day}T12:00:00Z`), "UTC").replace(/ \w+$/, "")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 text-xl font-semibold">Showing on {formatDay(new Date(`${date}T12:00:00Z`), "UTC")}</h2>
      {byMovie.size === 0 ? (
        <p className="mt-4 text-slate-600">Nothing left to see on this day. Try another.</p>
      ) : (
        <ul className="mt-4 space-y-3">
          {[...byMovie].map(([movieId, list]) => {
            const movie = movies.get(movieId)!;
            return (
              <li key={movieId} className="rounded-lg border border-slate-200 bg-white p-4">
                <h3 className="font-semibold">
                  <Link href={`/films/${movie.slug}`} className="hover:text-brand-700 hover:underline">
                    {movie.title}
                  </Link>
                  <span className="ml-2 text-sm font-normal text-slate-600">
                    {movie.rating} · {movie.runtimeMin} min
                  </span>
                </h3>
                <div className="mt-2 flex flex-wrap gap-2">
                  {list.map((s) => (
                    <Link
                      key={s.id}
                      href={`/showtimes/${s.id}`}
                      className="rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                    >
                      {formatTime(s.startsAt, cinema.timeZone)}{" "}
                      <span className="text-xs text-slate-600">{s.format}</span>
                      {s.occupancy !== "available" && (
                        <span className="ml-1 text-xs text-amber-800">({s.occupancy.replace("_", " ")})</span>
                      )}
                    </Link>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
