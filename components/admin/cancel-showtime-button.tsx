"use client";
// Cancelling a showtime starts a job; its progress shows here at once.
import { useState } from "react";
import type { JobJson } from "@/lib/presenters/job";
import { callApi } from "./api-action";
import { JobProgress } from "./job-progress";

export function CancelShowtimeButton({ showtimeId, label }: { showtimeId: string; label: string }) {
  const [state, setState] = useState<{ busy: boolean; error?: string; job?: JobJson }>({ busy: false });
  async function cancel() {
    if (!window.confirm("Cancel this showtime? Every booking is refunded and the customers are told.")) return;
    setState({ busy: true });
    const result = await callApi<{ job: JobJson }>(`/api/admin/showtimes/${showtimeId}/cancel`, "POST");
    setState(
      result.ok
        ? { busy: false, job: result.body.job }
        : { busy: false, error: result.body.detail ?? `Failed (${result.status})` },
    );
  }
  if (state.job) return <JobProgress initial={state.job} label={`Cancelling ${label}`} />;
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={cancel}
        disabled={state.busy}
        aria-label={`Cancel ${label}`}
        className="rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {state.busy ? "Working…" : "Cancel"}
      </button>
      {state.error && (
        <span role="alert" className="mt-1 text-xs text-red-800">
          {state.error}
        </span>
      )}
    </span>
  );
}
