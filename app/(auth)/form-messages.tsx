import type { FormState } from "./actions";

/** The outcome of an account form: an error to fix, or a notice that it went through. */
export function FormMessages({ state }: { state: FormState }) {
  return (
    <>
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          {state.notice}
        </p>
      )}
    </>
  );
}
