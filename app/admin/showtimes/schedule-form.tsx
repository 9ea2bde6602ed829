"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";
import { centsOf } from "@/components/admin/money-input";
import { formatMoneyPlain } from "@/lib/read-models/money-text";

const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";

const SEAT_TYPES = ["STANDARD", "PREMIUM", "WHEELCHAIR", "COMPANION", "COUPLE"] as const;

export interface ScheduleHall {
  id: string;
  label: string;
  currency: string;
  /** The hall's own price per seat type: what a showtime costs unless overridden. */
  prices: Record<string, number>;
}

/** The prices typed in, in minor units; an empty field keeps the hall's price. */
function overrides(form: FormData): { prices?: Record<string, number>; error?: string } {
  const prices: Record<string, number> = {};
  for (const seatType of SEAT_TYPES) {
    const typed = String(form.get(`price-${seatType}`) ?? "").trim();
    if (!typed) continue;
    const cents = centsOf(typed);
    if (cents === null) return { error: `The ${seatType.toLowerCase()} price is not an amount such as 12.50.` };
    prices[seatType] = cents;
  }
  return Object.keys(prices).length ? { prices } : {};
}

export function ScheduleForm({
  movies,
  halls,
  canSetPrices,
}: {
  movies: { id: string; title: string }[];
  halls: ScheduleHall[];
  /** Prices are an ADMIN's: staff schedule at the hall's. */
  canSetPrices: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; created?: number; busy?: boolean }>({});
  const [hallId, setHallId] = useState(halls[0]?.id);
  const hall = halls.find((h) => h.id === hallId);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const times = String(form.get("times") ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    const priced = canSetPrices ? overrides(form) : {};
    if (priced.error) return setState({ error: priced.error });
    setState({ busy: true });
    const result = await callApi<{ items: unknown[] }>("/api/admin/showtimes", "POST", {
      movieId: form.get("movieId"),
      hallId: form.get("hallId"),
      format: form.get("format"),
      series: { from: form.get("from"), to: form.get("to") || form.get("from"), times },
      ...(priced.prices ? { prices: priced.prices } : {}),
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
        <select name="hallId" required className={field} value={hallId} onChange={(e) => setHallId(e.target.value)}>
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
      {canSetPrices && hall && (
        <fieldset className="grid gap-3 rounded border border-slate-200 p-3 sm:col-span-3 sm:grid-cols-5">
          <legend className="px-1 text-sm font-medium">Prices for these showtimes ({hall.currency}, optional)</legend>
          <p className="text-xs text-slate-700 sm:col-span-5">
            Leave a price empty to sell at the hall&apos;s price, shown in grey.
          </p>
          {SEAT_TYPES.map((seatType) => (
            <label key={seatType} className="text-sm font-medium">
              {seatType.charAt(0) + seatType.slice(1).toLowerCase()}
              <input
                name={`price-${seatType}`}
                inputMode="decimal"
                pattern="\d{1,5}([.,]\d{1,2})?"
                placeholder={hall.prices[seatType] === undefined ? "" : formatMoneyPlain(hall.prices[seatType])}
                className={field}
              />
            </label>
          ))}
        </fieldset>
      )}
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
