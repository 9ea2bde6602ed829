"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, SubmitButton } from "@/components/ui/field";
import { signInAction, type FormState } from "../actions";
import { FormMessages } from "../form-messages";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="E-mail" name="email" type="email" autoComplete="email" required defaultValue={state.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <p className="text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      <SubmitButton pending={pending}>Sign in</SubmitButton>
      <p className="text-center text-sm text-slate-700">
        New here?{" "}
        <Link
          href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-brand-700 underline"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
