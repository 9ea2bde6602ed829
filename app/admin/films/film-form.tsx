"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";
import { filmBody } from "./film-body";

const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function FilmForm() {
  const router = useRouter();
  const [state, setState] = useState<{
    error?: string;
    errors?: { path: string; message: string }[];
    created?: string;
  }>({});
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = filmBody(form);
    const result = await callApi<{ movie: { title: string } }>("/api/admin/movies", "POST", body);
    if (!result.ok) {
      setState({
        error: result.body.detail,
        errors: (result.body as { errors?: { path: string; message: string }[] }).errors,
      });
      return;
    }
    setState({ created: result.body.movie.title });
    event.currentTarget?.reset();
    router.refresh();
  }
  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <h2 className="text-lg font-semibold sm:col-span-2">Add a film</h2>
      {state.error && (
        <div
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 sm:col-span-2"
        >
          {state.error}
          {state.errors && (
            <ul className="list-disc pl-5">
              {state.errors.map((e) => (
                <li key={e.path}>
                  {e.path}: {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state.created && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-2">
          Added {state.created}.
        </p>
      )}
      <label className="text-sm font-medium">
        Title
        <input name="title" required className={field} />
      </label>
      <label className="text-sm font-medium">
        Genres (comma separated)
        <input name="genres" required className={field} placeholder="Drama, Mystery" />
      </label>
      <label className="text-sm font-medium sm:col-span-2">
        Synopsis
        <textarea name="synopsis" required rows={3} className={field} />
      </label>
      <label className="text-sm font-medium">
        Runtime (minutes)
        <input name="runtimeMin" type="number" min={1} max={600} required className={field} />
      </label>
      <label className="text-sm font-medium">
        Rating
        <input name="rating" required className={field} placeholder="12A" />
      </label>
      <label className="text-sm font-medium">
        Release date
        <input name="releaseDate" type="date" required className={field} />
      </label>
      <label className="text-sm font-medium">
        Status
        <select name="status" className={field} defaultValue="NOW_SHOWING">
          <option value="NOW_SHOWING">Now showing</option>
          <option value="COMING_SOON">Coming soon</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Cast
        <input name="castLine" className={field} />
      </label>
      <label className="text-sm font-medium">
        Trailer URL
        <input name="trailerUrl" type="url" placeholder="https://" className={field} />
      </label>
      <div className="sm:col-span-2">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Add film
        </button>
      </div>
    </form>
  );
}
