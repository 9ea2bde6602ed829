"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";

const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

export function CinemaForm() {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; message?: string }>({});
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi<{ cinema: { name: string } }>("/api/admin/cinemas", "POST", {
      name: form.get("name"),
      city: form.get("city"),
      address: form.get("address"),
      timeZone: form.get("timeZone"),
      currency: form.get("currency"),
      orphanSeatRule: form.get("orphanSeatRule") === "on",
    });
    setState(
      result.ok ? { message: `Added ${result.body.cinema.name}. Now draw its halls.` } : { error: result.body.detail },
    );
    if (result.ok) router.refresh();
  }
  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <h2 className="text-lg font-semibold sm:col-span-3">Add a cinema</h2>
      {state.error && (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 sm:col-span-3"
        >
          {state.error}
        </p>
      )}
      {state.message && (
        <p role="status" className="text-sm text-emerald-800 sm:col-span-3">
          {state.message}
        </p>
      )}
      <label className="text-sm font-medium">
        Name
        <input name="name" required className={field} />
      </label>
      <label className="text-sm font-medium">
        City
        <input name="city" required className={field} />
      </label>
      <label className="text-sm font-medium">
        Address
        <input name="address" required className={field} />
      </label>
      <label className="text-sm font-medium">
        Time zone
        <input name="timeZone" required defaultValue="Europe/London" className={field} />
      </label>
      <label className="text-sm font-medium">
        Currency
        <input name="currency" required defaultValue="GBP" maxLength={3} className={field} />
      </label>
      <label className="flex items-center gap-2 self-end text-sm">
        <input type="checkbox" name="orphanSeatRule" defaultChecked /> Refuse selections that leave single seats
      </label>
      <div className="sm:col-span-3">
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          Add cinema
        </button>
      </div>
    </form>
  );
}
