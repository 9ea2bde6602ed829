"use client";
import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/field";
import { forgotPasswordAction, type FormState } from "../actions";
import { EmailField } from "../fields";
import { FormMessages } from "../form-messages";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(forgotPasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <EmailField defaultValue={state.email} error={state.fieldErrors?.email} />
      <SubmitButton pending={pending}>Send me a link</SubmitButton>
      <p className="text-center text-sm text-slate-700">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
