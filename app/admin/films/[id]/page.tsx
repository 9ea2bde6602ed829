import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/pages";
import { getMovie } from "@/lib/services/movies";
import { EditFilmForm } from "./edit-film-form";

export const metadata: Metadata = { title: "Edit film" };
export const dynamic = "force-dynamic";

export default async function EditFilmPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const movie = await orNotFound(getMovie(id));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/films" className="text-brand-700 underline">
          ← Films
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit {movie.title}</h1>
      <EditFilmForm film={{ ...movie, releaseDate: movie.releaseDate.toISOString().slice(0, 10) }} />
    </div>
  );
}
