import type { Metadata } from "next";
import Link from "next/link";
import { ApiButton } from "@/components/admin/api-action";
import { listAllMovies } from "@/lib/services/movies";
import { FilmForm } from "./film-form";

export const metadata: Metadata = { title: "Films" };
export const dynamic = "force-dynamic";

export default async function AdminFilms() {
  const movies = await listAllMovies();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Films</h1>
      <FilmForm />
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">Films</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Title
            </th>
            <th scope="col" className="p-2">
              Status
            </th>
            <th scope="col" className="p-2">
              Runtime
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {movies.map((movie) => (
            <tr key={movie.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/films/${movie.slug}`} className="text-brand-700 underline">
                  {movie.title}
                </Link>
              </td>
              <td className="p-2">{movie.status.toLowerCase().replace("_", " ")}</td>
              <td className="p-2">{movie.runtimeMin} min</td>
              <td className="p-2 space-x-2">
                <Link href={`/admin/films/${movie.id}`} className="text-sm text-brand-700 underline">
                  Edit
                </Link>
                {movie.status !== "ARCHIVED" && (
                  <ApiButton
                    url={`/api/admin/movies/${movie.id}`}
                    method="DELETE"
                    label="Archive"
                    confirm={`Archive ${movie.title}? It leaves the catalogue.`}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
