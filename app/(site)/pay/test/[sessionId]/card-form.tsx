"use client";
import { useActionState } from "react";
import { payAction, type PayState } from "./actions";

export function CardForm({ sessionId, amount, cancelUrl }: { sessionId: string; amount: string; cancelUrl: string }) {
  const [state, action, pending] = useActionState<PayState, FormData>(payAction.bind(null, sessionId), {});
  const input = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 font-mono";
  return (
    <form action={action} className="space-y-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      <label className="block text-sm font-medium">
        Card number
        <input
          name="cardNumber"
          inputMode="numeric"
          autoComplete="cc-number"
          required
          placeholder="4242 4242 4242 4242"
          className={input}
        />
      </label>
      <div className="grid grid-cols-2 gap-4">
        <label className="block text-sm font-medium">
          Expiry
          <input
            name="expiry"
            autoComplete="cc-exp"
            required
            placeholder="12/34"
            defaultValue="12/34"
            className={input}
          />
        </label>
        <label className="block text-sm font-medium">
          CVC
          <input
            name="cvc"
            inputMode="numeric"
            autoComplete="cc-csc"
            required
            placeholder="123"
            defaultValue="123"
            className={input}
          />
        </label>
      </div>
      <label className="block text-sm font-medium">
        Name on card
        <input
          name="name"
          autoComplete="cc-name"
          className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
        />
      </label>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Processing…" : `Pay ${amount}`}
      </button>
      <a href={cancelUrl} className="block text-center text-sm text-slate-700 underline">
        Cancel and go back
      </a>
    </form>
  );
}
