"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function CancelBookingButton({ bookingId, label }: { bookingId: string; label: string }) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });
  async function cancel() {
    if (!window.confirm("Cancel this booking? Paid bookings are refunded to your card.")) return;
    setState({ busy: true });
    const response = await fetch(`/api/booking/${bookingId}/cancel`, { method: "POST" });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({ detail: "Something went wrong." }));
      setState({ busy: false, error: problem.detail });
      return;
    }
    setState({ busy: false });
    router.refresh();
  }
  return (
    <div>
      <button
        type="button"
        onClick={cancel}
        disabled={state.busy}
        className="rounded border border-red-700 px-4 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {state.busy ? "Cancelling…" : label}
      </button>
      {state.error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
    </div>
  );
}
