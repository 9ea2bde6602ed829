import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { CinemaPicker } from "@/components/catalogue/cinema-picker";
import { MovieCard } from "@/components/movie-card";
import { formatDay, nextDays } from "@/lib/format";
import { listMovies } from "@/lib/services/movies";
import { listCinemas, scheduleFor } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Now showing" };
// Read from the database on each request, so staff edits show at once.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const chosen = (await cookies()).get("cinema")?.value ?? null;
  const [allNowShowing, comingSoon, cinemas] = await Promise.all([
    listMovies({ status: "now_showing" }),
    listMovies({ status: "coming_soon" }),
    listCinemas(),
  ]);
  const cinema = cinemas.find((c) => c.id === chosen) ?? null;
  let nowShowing = allNowShowing;
  if (cinema) {
    const playing = new Set((await scheduleFor({ cinemaId: cinema.id })).map((s) => s.movieId));
    nowShowing = allNowShowing.filter((movie) => playing.has(movie.id));
  }
  const days = nextDays(14, cinema?.timeZone ?? "Europe/London");
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <CinemaPicker
          cinemas={cinemas.map((c) => ({ id: c.id, name: c.name, city: c.city }))}
          current={cinema?.id ?? null}
        />
        <nav aria-label="Pick a day" className="max-w-full overflow-x-auto">
          <ul className="flex gap-2 pb-1">
            {days.map((day, i) => (
              <li key={day}>
                <Link
                  href={cinema ? `/cinemas/${cinema.slug}?date=${day}` : `/search?date=${day}`}
                  className="block whitespace-nowrap rounded border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100"
                >
                  {i === 0
                    ? "Today"
                    : i === 1
                      ? "Tomorrow"
                      : formatDay(new Date(`${day}T12:00:00Z`), "UTC").replace(/ \w+$/, "")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <section aria-labelledby="now-showing">
        <h1 id="now-showing" className="text-3xl font-bold tracking-tight">
          Now showing{cinema ? ` at ${cinema.name}` : ""}
        </h1>
        {nowShowing.length === 0 ? (
          <p className="mt-4 text-slate-600">No films are showing right now. Check back soon.</p>
        ) : (
          <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            {nowShowing.map((movie) => (
              <MovieCard key={movie.id} movie={movie} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="coming-soon">
        <h2 id="coming-soon" className="text-2xl font-bold tracking-tight">
          Coming soon
        </h2>
        {comingSoon.length === 0 ? (
          <p className="mt-4 text-slate-600">Nothing announced yet.</p>
        ) : (
          <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            {comingSoon.map((movie) => (
              <MovieCard key={movie.id} movie={movie} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
