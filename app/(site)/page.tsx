import type { Metadata } from "next";
import { listMovies } from "@/lib/services/movies";
import { MovieCard } from "@/components/movie-card";

export const metadata: Metadata = { title: "Now showing" };
// Read from the database on each request; catalogue pages revalidate on staff edits.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [nowShowing, comingSoon] = await Promise.all([
    listMovies({ status: "now_showing" }),
    listMovies({ status: "coming_soon" }),
  ]);
  return (
    <div className="space-y-12">
      <section aria-labelledby="now-showing">
        <h1 id="now-showing" className="text-3xl font-bold tracking-tight">Now showing</h1>
        {nowShowing.length === 0 ? (
          <p className="mt-4 text-slate-600">No films are showing right now. Check back soon.</p>
        ) : (
          <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            {nowShowing.map((movie) => <MovieCard key={movie.id} movie={movie} />)}
          </ul>
        )}
      </section>
      <section aria-labelledby="coming-soon">
        <h2 id="coming-soon" className="text-2xl font-bold tracking-tight">Coming soon</h2>
        {comingSoon.length === 0 ? (
          <p className="mt-4 text-slate-600">Nothing announced yet.</p>
        ) : (
          <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            {comingSoon.map((movie) => <MovieCard key={movie.id} movie={movie} />)}
          </ul>
        )}
      </section>
    </div>
  );
}
