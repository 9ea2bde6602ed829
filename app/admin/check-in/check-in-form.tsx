"use client";
import { useRef, useState } from "react";
import { callApi } from "@/components/admin/api-action";

type Outcome = { tone: "ok" | "warn" | "error"; text: string };

export function CheckInForm() {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const input = useRef<HTMLInputElement>(null);
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = input.current?.value.trim();
    if (!code) return;
    const result = await callApi<{ ticket: { seatLabel: string }; booking: { reference: string } }>(
      "/api/admin/check-in",
      "POST",
      { code },
    );
    if (result.ok)
      setOutcome({
        tone: "ok",
        text: `Welcome! Seat ${result.body.ticket.seatLabel}, booking ${result.body.booking.reference}.`,
      });
    else if (result.body.code === "already_checked_in")
      setOutcome({ tone: "warn", text: result.body.detail ?? "Already checked in." });
    else setOutcome({ tone: "error", text: result.body.detail ?? "Not a valid ticket." });
    if (input.current) {
      input.current.value = "";
      input.current.focus();
    }
  }
  const colors = {
    ok: "border-emerald-400 bg-emerald-50 text-emerald-900",
    warn: "border-amber-400 bg-amber-50 text-amber-950",
    error: "border-red-400 bg-red-50 text-red-900",
  };
  return (
    <form onSubmit={submit} className="max-w-md space-y-4">
      <label htmlFor="code" className="block text-sm font-medium">
        Ticket code (scan or type)
      </label>
      <input
        id="code"
        ref={input}
        autoFocus
        autoComplete="off"
        className="block w-full rounded border border-slate-400 px-3 py-3 font-mono text-lg"
        placeholder="tk_…"
      />
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Check in
      </button>
      <div aria-live="assertive">
        {outcome && (
          <p className={`rounded border-2 px-4 py-3 text-lg font-semibold ${colors[outcome.tone]}`}>{outcome.text}</p>
        )}
      </div>
    </form>
  );
}
