import type { Metadata } from "next";
import Image from "next/image";
import { ShowtimeList } from "@/components/catalogue/showtime-list";
import { orNotFound } from "@/lib/pages";
import { isWebUrl } from "@/lib/schemas/web-url";
import { getMovie } from "@/lib/services/movies";
import { scheduleFor } from "@/lib/services/showtimes";

export const dynamic = "force-dynamic";

const findMovie = (slug: string) => orNotFound(getMovie(slug));

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const movie = await findMovie((await params).slug);
  return { title: movie.title, description: movie.synopsis };
}

export default async function FilmPage({ params }: { params: Promise<{ slug: string }> }) {
  const movie = await findMovie((await params).slug);
  const showtimes = await scheduleFor({ movieId: movie.id });
  return (
    <article className="grid gap-8 md:grid-cols-[240px_1fr]">
      <div className="relative mx-auto aspect-[2/3] w-48 overflow-hidden rounded-lg bg-slate-200 md:w-full">
        {movie.posterUrl && (
          <Image
            src={movie.posterUrl}
            alt={`Poster of ${movie.title}`}
            fill
            sizes="240px"
            className="object-cover"
            unoptimized
            priority
          />
        )}
      </div>
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{movie.title}</h1>
        <p className="mt-2 text-sm text-slate-700">
          <span className="rounded border border-slate-400 px-1.5 py-0.5 font-semibold">{movie.rating}</span> ·{" "}
          {movie.runtimeMin} min · {movie.genres.join(", ")}
          {movie.status === "COMING_SOON" && <> · Opens {movie.releaseDate.toISOString().slice(0, 10)}</>}
        </p>
        <p className="mt-4 max-w-2xl text-slate-800">{movie.synopsis}</p>
        {movie.castLine && (
          <p className="mt-3 text-sm text-slate-700">
            <span className="font-semibold">Starring</span> {movie.castLine}
          </p>
        )}
        {movie.director && (
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-semibold">Directed by</span> {movie.director}
          </p>
        )}
        {/* Films saved before URLs were checked may hold a javascript: link: only web links are shown. */}
        {movie.trailerUrl && isWebUrl(movie.trailerUrl) && (
          <p className="mt-3">
            <a
              href={movie.trailerUrl}
              className="text-sm font-medium text-brand-700 underline"
              rel="noopener noreferrer"
            >
              Watch the trailer
            </a>
          </p>
        )}
        <section aria-labelledby="showtimes-heading" className="mt-8">
          <h2 id="showtimes-heading" className="mb-4 text-2xl font-bold">
            Showtimes
          </h2>
          <ShowtimeList showtimes={showtimes} />
        </section>
      </div>
    </article>
  );
}
