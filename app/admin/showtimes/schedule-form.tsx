"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";

const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function ScheduleForm({
  movies,
  halls,
}: {
  movies: { id: string; title: string }[];
  halls: { id: string; label: string }[];
}) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; created?: number; busy?: boolean }>({});
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const times = String(form.get("times") ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    setState({ busy: true });
    const result = await callApi<{ items: unknown[] }>("/api/admin/showtimes", "POST", {
      movieId: form.get("movieId"),
      hallId: form.get("hallId"),
      format: form.get("format"),
      series: { from: form.get("from"), to: form.get("to") || form.get("from"), times },
    });
    if (!result.ok) setState({ error: result.body.detail });
    else {
      setState({ created: result.body.items.length });
      router.refresh();
    }
  }
  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <h2 className="text-lg font-semibold sm:col-span-3">Schedule showtimes</h2>
      <p className="text-sm text-slate-700 sm:col-span-3">
        One showing, or a series: every day from the first to the last date at each time (in the cinema&apos;s time
        zone).
      </p>
      {state.error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 sm:col-span-3"
        >
          {state.error}
        </p>
      )}
      {state.created !== undefined && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-3">
          Scheduled {state.created} showtime{state.created === 1 ? "" : "s"}.
        </p>
      )}
      <label className="text-sm font-medium">
        Film
        <select name="movieId" required className={field}>
          {movies.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Hall
        <select name="hallId" required className={field}>
          {halls.map((h) => (
            <option key={h.id} value={h.id}>
              {h.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Format
        <select name="format" className={field}>
          <option>2D</option>
          <option>3D</option>
          <option>IMAX</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        First day
        <input name="from" type="date" required className={field} />
      </label>
      <label className="text-sm font-medium">
        Last day
        <input name="to" type="date" className={field} />
      </label>
      <label className="text-sm font-medium">
        Times (comma separated)
        <input
          name="times"
          required
          defaultValue="19:30"
          pattern="^([01]\d|2[0-3]):[0-5]\d(, *([01]\d|2[0-3]):[0-5]\d)*$"
          className={field}
        />
      </label>
      <div className="sm:col-span-3">
        <button
          type="submit"
          disabled={state.busy}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Schedule
        </button>
      </div>
    </form>
  );
}
