import type { Metadata } from "next";
import { MovieCard } from "@/components/movie-card";
import { listGenres, listMovies } from "@/lib/services/movies";
import { listCinemas, scheduleFor } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Search films" };
export const dynamic = "force-dynamic";

type Params = { q?: string; genre?: string; cinema?: string; date?: string; format?: string; language?: string };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const [genres, cinemas] = await Promise.all([listGenres(), listCinemas()]);
  let movies = await listMovies({ q: params.q?.slice(0, 100), genre: params.genre || undefined });
  const scheduleFilter = params.cinema || params.date || params.format || params.language;
  if (scheduleFilter) {
    const date = params.date && /^\d{4}-\d{2}-\d{2}$/.test(params.date) ? params.date : undefined;
    const schedule = await scheduleFor({
      cinemaId: params.cinema || undefined,
      date,
      format: params.format || undefined,
      language: params.language || undefined,
    });
    const playing = new Set(schedule.map((s) => s.movieId));
    movies = movies.filter((movie) => playing.has(movie.id));
  }
  const select = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2";
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Search films</h1>
      <form
        className="mt-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
        role="search"
      >
        <label className="text-sm font-medium sm:col-span-2">
          Title
          <input name="q" defaultValue={params.q} className={select} placeholder="e.g. Orbit" />
        </label>
        <label className="text-sm font-medium">
          Genre
          <select name="genre" defaultValue={params.genre ?? ""} className={select}>
            <option value="">Any</option>
            {genres.map((g) => (
              <option key={g}>{g}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Cinema
          <select name="cinema" defaultValue={params.cinema ?? ""} className={select}>
            <option value="">Any</option>
            {cinemas.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Date
          <input type="date" name="date" defaultValue={params.date} className={select} />
        </label>
        <label className="text-sm font-medium">
          Format
          <select name="format" defaultValue={params.format ?? ""} className={select}>
            <option value="">Any</option>
            {["2D", "3D", "IMAX"].map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <div className="flex items-end sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Search
          </button>
        </div>
      </form>
      <p className="mt-6 text-sm text-slate-700" role="status">
        {movies.length} film{movies.length === 1 ? "" : "s"} found
      </p>
      {movies.length === 0 ? (
        <p className="mt-2 text-slate-600">Nothing matches. Try fewer filters.</p>
      ) : (
        <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
          {movies.map((movie) => (
            <MovieCard key={movie.id} movie={movie} />
          ))}
        </ul>
      )}
    </div>
  );
}
