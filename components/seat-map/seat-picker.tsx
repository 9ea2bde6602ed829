"use client";
// The seat picker: the live map (other people's holds and sales appear as
// they happen, see use-live-seats.ts), selection, holding, and on to payment.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useState } from "react";
import type { SeatType } from "@/lib/generated/prisma/enums";
import { checkSeatRules } from "@/lib/services/seats/seat-rules";
import { Countdown } from "./countdown";
import { SeatGrid } from "./seat-grid";
import type { MapSeat, Problem, SeatMapData } from "./types";
import { useLiveSeats } from "./use-live-seats";

const LEGEND: { type: MapSeat["type"]; label: string; swatch: string }[] = [
  { type: "standard", label: "Standard", swatch: "bg-white border-2 border-slate-500" },
  { type: "premium", label: "Premium", swatch: "bg-amber-100 border-2 border-amber-700" },
  { type: "couple", label: "Couple (sold in pairs)", swatch: "bg-pink-100 border-2 border-pink-700" },
  { type: "wheelchair", label: "Wheelchair space", swatch: "bg-sky-100 border-2 border-sky-700" },
  { type: "companion", label: "Companion seat", swatch: "bg-sky-50 border-2 border-dashed border-sky-700" },
];

async function api<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init?.headers } });
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => ({}));
  if (!response.ok)
    throw {
      status: response.status,
      code: body.code ?? "error",
      detail: body.detail ?? "Something went wrong.",
      seatIds: body.seatIds,
    } satisfies Problem;
  return body as T;
}

export function SeatPicker({
  showtimeId,
  initial,
  signInUrl,
}: {
  showtimeId: string;
  initial: SeatMapData;
  signInUrl: string;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { live } = useLiveSeats(showtimeId);
  const { data: map = initial } = useQuery({
    queryKey: ["seat-map", showtimeId],
    queryFn: () => api<SeatMapData>(`/api/showtimes/${showtimeId}/seats`),
    initialData: initial,
    // Changes arrive by push; only while the stream is down does the picker poll.
    refetchInterval: live ? false : 3000,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [flagged, setFlagged] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [seatSize, setSeatSize] = useState(30);
  const hold = map.yourHold;

  const money = useMemo(
    () => new Intl.NumberFormat("en-GB", { style: "currency", currency: map.currency }),
    [map.currency],
  );
  const priceOf = useCallback((seat: MapSeat) => money.format(seat.amountCents / 100), [money]);
  const byId = useMemo(() => new Map(map.seats.map((seat) => [seat.id, seat])), [map.seats]);
  const heldSeats = map.seats.filter((seat) => seat.status === "held_by_you");
  const chosen = hold
    ? heldSeats
    : [...selected].map((id) => byId.get(id)).filter((seat): seat is MapSeat => Boolean(seat));
  const total = chosen.reduce((sum, seat) => sum + seat.amountCents, 0);
  const prices = LEGEND.map((entry) => ({ ...entry, seat: map.seats.find((seat) => seat.type === entry.type) })).filter(
    (entry) => entry.seat,
  );

  /** Why the server would refuse this selection, said before it is sent (the server still decides). */
  function explain(selection: Set<string>): string | null {
    if (selection.size === 0) return null;
    const violation = checkSeatRules({
      seats: map.seats.map((seat) => ({
        ...seat,
        gridRow: seat.row,
        gridCol: seat.col,
        type: seat.type.toUpperCase() as SeatType,
        taken: seat.status === "held" || seat.status === "sold",
      })),
      selected: [...selection],
      orphanSeatRule: map.rules.orphanSeatRule,
      companionOpenFrom: new Date(map.rules.companionOpenFrom),
      now: new Date(),
    });
    return violation?.detail ?? null;
  }

  function toggle(seat: MapSeat) {
    setFlagged(new Set());
    const next = new Set(selected);
    const partner = seat.type === "couple" && seat.pairSeatId ? seat.pairSeatId : null;
    if (next.has(seat.id)) {
      next.delete(seat.id);
      if (partner) next.delete(partner);
    } else {
      if (next.size >= map.maxSeats) {
        setMessage({ tone: "error", text: `You can choose at most ${map.maxSeats} seats.` });
        return;
      }
      next.add(seat.id);
      if (partner && byId.get(partner)?.status === "available") next.add(partner);
    }
    setSelected(next);
    const hint = explain(next);
    setMessage(hint ? { tone: "info", text: hint } : null);
  }

  const refresh = () => queryClient.invalidateQueries({ queryKey: ["seat-map", showtimeId] });

  async function holdSelection() {
    setBusy(true);
    setMessage(null);
    try {
      await api(`/api/seats/hold`, { method: "POST", body: JSON.stringify({ showtimeId, seatIds: [...selected] }) });
      setSelected(new Set());
      await refresh();
    } catch (error) {
      const problem = error as Problem;
      if (problem.status === 401) {
        router.push(signInUrl);
        return;
      }
      if (problem.code === "seats_unavailable" && problem.seatIds?.length) {
        // Someone was faster: show which seats, keep the rest of the selection.
        const lost = new Set(problem.seatIds);
        setFlagged(lost);
        setSelected((current) => new Set([...current].filter((id) => !lost.has(id))));
        const labels = problem.seatIds
          .map((id) => byId.get(id)?.label)
          .filter(Boolean)
          .join(", ");
        setMessage({
          tone: "error",
          text: `Sorry, ${labels} ${problem.seatIds.length === 1 ? "was" : "were"} just taken by someone else. We kept the rest of your selection: pick another seat to replace ${problem.seatIds.length === 1 ? "it" : "them"}.`,
        });
      } else {
        if (problem.seatIds?.length) setFlagged(new Set(problem.seatIds));
        setMessage({ tone: "error", text: problem.detail });
      }
      await refresh();
    } finally {
      setBusy(false);
    }
  }

  async function releaseHold() {
    if (!hold) return;
    setBusy(true);
    try {
      const keep = new Set(heldSeats.map((seat) => seat.id));
      await api(`/api/seats/hold/${hold.holdId}`, { method: "DELETE" });
      setSelected(keep);
      await refresh();
    } catch (error) {
      setMessage({ tone: "error", text: (error as Problem).detail });
    } finally {
      setBusy(false);
    }
  }

  async function pay() {
    if (!hold) return;
    setBusy(true);
    setMessage(null);
    try {
      const { checkoutUrl } = await api<{ checkoutUrl: string }>(`/api/booking/book`, {
        method: "POST",
        // One key per hold: a double click or a retry books once.
        headers: { "idempotency-key": `hold-${hold.holdId}` },
        body: JSON.stringify({ holdId: hold.holdId }),
      });
      window.location.assign(checkoutUrl);
    } catch (error) {
      setMessage({ tone: "error", text: (error as Problem).detail });
      await refresh();
      setBusy(false);
    }
  }

  const onExpired = useCallback(() => {
    setMessage({ tone: "error", text: "Your hold ran out and the seats were released. Pick your seats again." });
    void queryClient.invalidateQueries({ queryKey: ["seat-map", showtimeId] });
  }, [queryClient, showtimeId]);

  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_300px]">
      <div>
        <div className="mb-2 flex items-center justify-between gap-2">
          <p className="text-sm text-slate-700">
            {map.hall}: choose up to {map.maxSeats} seats. Arrow keys move, Space or Enter selects.{" "}
            <span className="text-slate-600" data-testid="live-status">
              {live ? "Seats update live." : "Seats refresh every few seconds."}
            </span>
          </p>
          <div className="flex gap-1" role="group" aria-label="Zoom">
            <button
              type="button"
              onClick={() => setSeatSize((s) => Math.max(16, s - 6))}
              className="rounded border border-slate-400 px-2 py-1 text-sm"
              aria-label="Zoom out"
            >
              −
            </button>
            <button
              type="button"
              onClick={() => setSeatSize((s) => Math.min(48, s + 6))}
              className="rounded border border-slate-400 px-2 py-1 text-sm"
              aria-label="Zoom in"
            >
              +
            </button>
          </div>
        </div>
        <div className="overflow-auto rounded-lg border border-slate-200 bg-white" style={{ maxHeight: "70vh" }}>
          <SeatGrid
            rows={map.rows}
            cols={map.cols}
            seats={map.seats}
            selected={selected}
            flagged={flagged}
            seatSize={seatSize}
            priceOf={priceOf}
            onToggle={toggle}
            disabled={busy || Boolean(hold)}
          />
        </div>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label="Seat types and prices">
          {prices.map((entry) => (
            <li key={entry.type} className="flex items-center gap-2">
              <span aria-hidden="true" className={`inline-block h-4 w-4 rounded-t ${entry.swatch}`} />
              {entry.label} {priceOf(entry.seat!)}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded-t bg-emerald-600" /> Your seats
          </li>
          <li className="flex items-center gap-2">
            <span aria-hidden="true" className="inline-block h-4 w-4 rounded-t bg-slate-300" /> Taken
          </li>
        </ul>
      </div>
      <aside
        aria-labelledby="your-seats"
        className="h-fit space-y-4 rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4"
      >
        <h2 id="your-seats" className="text-lg font-semibold">
          Your seats
        </h2>
        <div aria-live="polite">
          {chosen.length === 0 ? (
            <p className="text-sm text-slate-600">No seats chosen yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {chosen.map((seat) => (
                <li key={seat.id} className="flex justify-between">
                  <span>
                    {seat.label} · {seat.type}
                  </span>
                  <span>{priceOf(seat)}</span>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-3 flex justify-between border-t border-slate-200 pt-2 font-semibold">
            <span>Total</span>
            <span data-testid="total">{money.format(total / 100)}</span>
          </p>
        </div>
        {message && (
          <p
            role="alert"
            className={`rounded px-3 py-2 text-sm ${message.tone === "error" ? "border border-red-300 bg-red-50 text-red-900" : "bg-slate-100"}`}
          >
            {message.text}
          </p>
        )}
        {hold ? (
          <>
            <Countdown expiresAt={hold.expiresAt} onExpired={onExpired} />
            <button
              type="button"
              onClick={pay}
              disabled={busy}
              className="w-full rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {busy ? "Please wait…" : `Continue to payment · ${money.format(total / 100)}`}
            </button>
            <button
              type="button"
              onClick={releaseHold}
              disabled={busy}
              className="w-full rounded border border-slate-400 px-4 py-2 text-sm font-medium hover:bg-slate-100"
            >
              Change seats
            </button>
          </>
        ) : (
          <button
            type="button"
            onClick={holdSelection}
            disabled={busy || selected.size === 0}
            className="w-full rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {busy
              ? "Holding your seats…"
              : selected.size === 0
                ? "Choose seats"
                : `Hold ${selected.size} seat${selected.size === 1 ? "" : "s"}`}
          </button>
        )}
        <p className="text-xs text-slate-600">
          Seats are held for a few minutes while you pay. Couple seats come in pairs; companion seats go with a
          wheelchair space.
        </p>
      </aside>
    </div>
  );
}
