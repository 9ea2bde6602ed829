"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";
import { filmBody } from "../film-body";

interface Film {
  id: string;
  title: string;
  synopsis: string;
  genres: string[];
  runtimeMin: number;
  rating: string;
  releaseDate: string;
  status: string;
  castLine: string | null;
  trailerUrl: string | null;
}

const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function EditFilmForm({ film }: { film: Film }) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; message?: string }>({});
  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi(`/api/admin/movies/${film.id}`, "PATCH", filmBody(form));
    setState(result.ok ? { message: "Saved." } : { error: result.body.detail });
    if (result.ok) router.refresh();
  }
  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const response = await fetch(`/api/admin/movies/${film.id}/poster`, {
      method: "POST",
      body: new FormData(event.currentTarget),
    });
    const body = await response.json().catch(() => ({}));
    setState(response.ok ? { message: "Poster uploaded." } : { error: body.detail ?? "Upload failed." });
    if (response.ok) router.refresh();
  }
  return (
    <div className="space-y-6">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      {state.message && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {state.message}
        </p>
      )}
      <form onSubmit={save} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <label className="text-sm font-medium">
          Title
          <input name="title" defaultValue={film.title} required className={field} />
        </label>
        <label className="text-sm font-medium">
          Genres (comma separated)
          <input name="genres" defaultValue={film.genres.join(", ")} required className={field} />
        </label>
        <label className="text-sm font-medium sm:col-span-2">
          Synopsis
          <textarea name="synopsis" defaultValue={film.synopsis} rows={4} required className={field} />
        </label>
        <label className="text-sm font-medium">
          Runtime (minutes)
          <input name="runtimeMin" type="number" defaultValue={film.runtimeMin} min={1} max={600} className={field} />
        </label>
        <label className="text-sm font-medium">
          Rating
          <input name="rating" defaultValue={film.rating} className={field} />
        </label>
        <label className="text-sm font-medium">
          Release date
          <input name="releaseDate" type="date" defaultValue={film.releaseDate} className={field} />
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={film.status} className={field}>
            <option value="NOW_SHOWING">Now showing</option>
            <option value="COMING_SOON">Coming soon</option>
            <option value="ARCHIVED">Archived</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Cast
          <input name="castLine" defaultValue={film.castLine ?? ""} className={field} />
        </label>
        <label className="text-sm font-medium">
          Trailer URL
          <input
            name="trailerUrl"
            type="url"
            placeholder="https://"
            defaultValue={film.trailerUrl ?? ""}
            className={field}
          />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            Save changes
          </button>
        </div>
      </form>
      <form
        onSubmit={upload}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Poster (PNG, JPEG or WebP, up to 2 MB)
          <input name="poster" type="file" accept="image/png,image/jpeg,image/webp" required className="mt-1 block" />
        </label>
        <button
          type="submit"
          className="rounded border border-brand-700 px-4 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          Upload poster
        </button>
      </form>
    </div>
  );
}
