"use client";
// Buttons and forms of the staff pages call the same REST API as apps do,
// and show its problem details when something is refused.
import { useRouter } from "next/navigation";
import { useState } from "react";

export interface ApiResult<T = unknown> {
  ok: boolean;
  status: number;
  body: T & { detail?: string; code?: string };
}

export async function callApi<T = unknown>(url: string, method: string, body?: unknown): Promise<ApiResult<T>> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const parsed = await response.json().catch(() => ({}));
  return { ok: response.ok, status: response.status, body: parsed };
}

export function ApiButton({
  url,
  method = "POST",
  body,
  label,
  confirm,
  className,
  done,
  ariaLabel,
  onSuccess,
}: {
  url: string;
  method?: string;
  body?: unknown;
  label: string;
  confirm?: string;
  className?: string;
  done?: string;
  /** When the visible label alone does not say what the button acts on. */
  ariaLabel?: string;
  /** Called with the answer's body when the call succeeds. */
  onSuccess?: (body: unknown) => void;
}) {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; error?: string; message?: string }>({ busy: false });
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setState({ busy: true });
    const result = await callApi(url, method, body);
    setState({
      busy: false,
      error: result.ok ? undefined : (result.body.detail ?? `Failed (${result.status})`),
      message: result.ok ? done : undefined,
    });
    if (result.ok) {
      onSuccess?.(result.body);
      router.refresh();
    }
  }
  return (
    <span className="inline-flex flex-col">
      <button
        type="button"
        onClick={run}
        disabled={state.busy}
        aria-label={ariaLabel}
        className={
          className ?? "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
        }
      >
        {state.busy ? "Working…" : label}
      </button>
      {state.error && (
        <span role="alert" className="mt-1 text-xs text-red-800">
          {state.error}
        </span>
      )}
      {state.message && (
        <span role="status" className="mt-1 text-xs text-emerald-800">
          {state.message}
        </span>
      )}
    </span>
  );
}
