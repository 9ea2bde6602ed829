"use client";
// The hall's price per kind of seat, typed as money (12.50) and sent in minor units.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/admin/api-action";
import { centsOf } from "@/components/admin/money-input";
import { formatMoneyPlain } from "@/lib/read-models/money-text";

const SEAT_NAMES: Record<string, string> = {
  STANDARD: "Standard",
  PREMIUM: "Premium",
  WHEELCHAIR: "Wheelchair space",
  COMPANION: "Companion seat",
  COUPLE: "Couple seat (each half)",
};

export function HallPricesForm({
  hallId,
  currency,
  prices,
}: {
  hallId: string;
  currency: string;
  prices: { seatType: string; amountCents: number }[];
}) {
  const router = useRouter();
  const [state, setState] = useState<{ error?: string; saved?: boolean; busy?: boolean }>({});
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body: Record<string, number> = {};
    for (const { seatType } of prices) {
      const cents = centsOf(String(form.get(seatType) ?? ""));
      if (cents === null) return setState({ error: `${SEAT_NAMES[seatType]}: write a price such as 12.50.` });
      body[seatType] = cents;
    }
    setState({ busy: true });
    const result = await callApi(`/api/admin/halls/${hallId}/prices`, "PUT", body);
    if (!result.ok) return setState({ error: result.body.detail });
    setState({ saved: true });
    router.refresh();
  }
  return (
    <form onSubmit={submit} className="max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <p id="price-currency" className="text-sm text-slate-700">
        Prices in {currency}, such as 12.50.
      </p>
      {prices.map((price) => (
        <div key={price.seatType} className="flex items-center justify-between gap-3 text-sm font-medium">
          <label htmlFor={`price-${price.seatType}`}>{SEAT_NAMES[price.seatType] ?? price.seatType}</label>
          <span className="flex items-center gap-1">
            <input
              id={`price-${price.seatType}`}
              name={price.seatType}
              inputMode="decimal"
              required
              pattern="\d{1,5}([.,]\d{1,2})?"
              defaultValue={formatMoneyPlain(price.amountCents)}
              aria-describedby="price-currency"
              className="w-28 rounded border border-slate-400 px-3 py-2 text-right tabular-nums"
            />
            <span aria-hidden="true" className="w-10 text-slate-600">
              {currency}
            </span>
          </span>
        </div>
      ))}
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p role="status" className="text-sm text-emerald-800">
          Prices saved. New showtimes of this hall go on sale at them.
        </p>
      )}
      <button
        type="submit"
        disabled={state.busy}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        Save prices
      </button>
    </form>
  );
}
