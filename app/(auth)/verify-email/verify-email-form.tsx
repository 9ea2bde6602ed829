"use client";
import Link from "next/link";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/field";
import { verifyEmailAction, type FormState } from "../actions";
import { FormMessages } from "../form-messages";

export function VerifyEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(verifyEmailAction, {});
  if (state.notice)
    return (
      <div className="mt-4 space-y-4">
        <FormMessages state={state} />
        <Link href="/" className="block text-center font-medium text-brand-700 underline">
          See what&apos;s on
        </Link>
      </div>
    );
  return (
    <form action={action} className="mt-4 space-y-4">
      <FormMessages state={state} />
      <p className="text-slate-700">Confirm that this address is yours, and your tickets will be sent to it.</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending}>Confirm my address</SubmitButton>
    </form>
  );
}
