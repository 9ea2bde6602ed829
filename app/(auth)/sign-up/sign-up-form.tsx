"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, SubmitButton } from "@/components/ui/field";
import { signUpAction, type FormState } from "../actions";
import { EmailField, NewPasswordField } from "../fields";
import { FormMessages } from "../form-messages";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signUpAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={state.name}
        error={state.fieldErrors?.name}
      />
      <EmailField defaultValue={state.email} error={state.fieldErrors?.email} />
      <NewPasswordField error={state.fieldErrors?.password} />
      <SubmitButton pending={pending}>Create account</SubmitButton>
      <p className="text-center text-sm text-slate-700">
        Already have an account?{" "}
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-brand-700 underline"
        >
          Sign in
        </Link>
      </p>
    </form>
  );
}
