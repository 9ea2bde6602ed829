import Image from "next/image";
import Link from "next/link";

export interface MovieCardMovie {
  slug: string;
  title: string;
  genres: string[];
  runtimeMin: number;
  rating: string;
  posterUrl: string | null;
}

export function MovieCard({ movie }: { movie: MovieCardMovie }) {
  return (
    <li className="group overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/films/${movie.slug}`} className="block">
        <div className="relative aspect-[2/3] bg-slate-200">
          {movie.posterUrl && (
            <Image
              src={movie.posterUrl}
              alt=""
              fill
              sizes="(max-width: 640px) 50vw, 200px"
              className="object-cover"
              unoptimized
            />
          )}
        </div>
        <div className="p-3">
          <h3 className="font-semibold text-slate-900 group-hover:text-brand-700">{movie.title}</h3>
          <p className="mt-1 text-xs text-slate-600">
            {movie.rating} · {movie.runtimeMin} min · {movie.genres.join(", ")}
          </p>
        </div>
      </Link>
    </li>
  );
}
