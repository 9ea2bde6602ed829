"use client";
import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/field";
import { resetPasswordAction, type FormState } from "../actions";
import { NewPasswordField } from "../fields";
import { FormMessages } from "../form-messages";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  if (state.notice)
    return (
      <div className="space-y-4">
        <FormMessages state={state} />
        <Link href="/sign-in" className="block text-center font-medium text-brand-700 underline">
          Sign in
        </Link>
      </div>
    );
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessages state={state} />
      {state.error && (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Ask for a new link
          </Link>
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label="New password" error={state.fieldErrors?.password} />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}
