"use client";
// Adds a cinema, or (given `cinema`) edits one: name, address, time zone,
// currency and its seating rules. The API checks everything again.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export interface EditableCinema {
  id: string;
  name: string;
  city: string;
  address: string;
  timeZone: string;
  currency: string;
  orphanSeatRule: boolean;
  companionReleaseMinutes: number;
}

export function CinemaForm({ cinema, timeZones }: { cinema?: EditableCinema; timeZones: string[] }) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; message?: string; busy?: boolean }>({});
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      name: form.get("name"),
      city: form.get("city"),
      address: form.get("address"),
      timeZone: form.get("timeZone"),
      currency: String(form.get("currency") ?? "").toUpperCase(),
      orphanSeatRule: form.get("orphanSeatRule") === "on",
      companionReleaseMinutes: Number(form.get("companionReleaseMinutes")),
    };
    setState({ busy: true });
    const result = cinema
      ? await callApi<{ cinema: { name: string } }>(`/api/admin/cinemas/${cinema.id}`, "PATCH", body)
      : await callApi<{ cinema: { name: string } }>("/api/admin/cinemas", "POST", body);
    if (!result.ok) return setState({ error: result.body.detail });
    setState({
      message: cinema ? `Saved ${result.body.cinema.name}.` : `Added ${result.body.cinema.name}. Now draw its halls.`,
    });
    router.refresh();
  }
  const id = (name: string) => `${cinema ? "edit" : "new"}-${name}`;
  // The cinema's own zone is always an option, even one the browser's list spells differently.
  const zones = cinema && !timeZones.includes(cinema.timeZone) ? [cinema.timeZone, ...timeZones] : timeZones;
  return (
    <form onSubmit={submit} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
      <h2 className="text-lg font-semibold sm:col-span-3">{cinema ? `Edit ${cinema.name}` : "Add a cinema"}</h2>
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
        <input name="name" required maxLength={200} defaultValue={cinema?.name} className={field} />
      </label>
      <label className="text-sm font-medium">
        City
        <input name="city" required maxLength={100} defaultValue={cinema?.city} className={field} />
      </label>
      <label className="text-sm font-medium">
        Address
        <input name="address" required maxLength={300} defaultValue={cinema?.address} className={field} />
      </label>
      <label className="text-sm font-medium">
        Time zone
        <select
          name="timeZone"
          required
          defaultValue={cinema?.timeZone ?? "Europe/London"}
          aria-describedby={cinema ? id("zone-hint") : undefined}
          className={field}
        >
          {zones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Currency
        <input
          name="currency"
          required
          defaultValue={cinema?.currency ?? "GBP"}
          pattern="[A-Za-z]{3}"
          maxLength={3}
          aria-describedby={cinema ? id("currency-hint") : undefined}
          className={`${field} uppercase`}
        />
      </label>
      <label className="text-sm font-medium">
        Companion seats open to all (minutes before the show)
        <input
          name="companionReleaseMinutes"
          type="number"
          min={0}
          max={1440}
          required
          defaultValue={cinema?.companionReleaseMinutes ?? 60}
          className={field}
        />
      </label>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" name="orphanSeatRule" defaultChecked={cinema?.orphanSeatRule ?? true} /> Refuse
        selections that leave single seats
      </label>
      {cinema && (
        <ul className="list-disc pl-5 text-xs text-slate-700 sm:col-span-3">
          <li id={id("zone-hint")}>
            A new time zone changes how times read, not when shows start: check the schedule afterwards.
          </li>
          <li id={id("currency-hint")}>
            The currency can change only while no showtime is on sale; hall prices are then read in the new currency.
          </li>
        </ul>
      )}
      <div className="sm:col-span-3">
        <button
          type="submit"
          disabled={state.busy}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {cinema ? "Save changes" : "Add cinema"}
        </button>
      </div>
    </form>
  );
}
