"use client";
import { useActionState } from "react";
import { Field, SubmitButton } from "@/components/ui/field";
import { changePasswordAction, resendVerificationAction, saveProfileAction, type AccountState } from "./actions";

interface Profile {
  name: string;
  email: string;
  phone: string | null;
  emailOptIn: boolean;
  smsOptIn: boolean;
}

function Status({ state }: { state: AccountState }) {
  if (state.error)
    return (
      <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
        {state.error}
      </p>
    );
  if (state.message)
    return (
      <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
        {state.message}
      </p>
    );
  return null;
}

export function ProfileForm({ profile }: { profile: Profile }) {
  const [state, action, pending] = useActionState<AccountState, FormData>(saveProfileAction, {});
  return (
    <form action={action} className="space-y-4">
      <Status state={state} />
      <Field label="Name" name="name" defaultValue={profile.name} autoComplete="name" required />
      <Field
        label="E-mail"
        name="email"
        defaultValue={profile.email}
        disabled
        hint="Your e-mail address is your sign-in."
      />
      <Field
        label="Mobile phone"
        name="phone"
        type="tel"
        defaultValue={profile.phone ?? ""}
        autoComplete="tel"
        hint="For text-message reminders, e.g. +44 7700 900123."
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">Notifications</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="emailOptIn" defaultChecked={profile.emailOptIn} /> News and offers by e-mail
          (tickets are always sent)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="smsOptIn" defaultChecked={profile.smsOptIn} /> Text me my booking confirmations
        </label>
      </fieldset>
      <SubmitButton pending={pending}>Save profile</SubmitButton>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState<AccountState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="space-y-4">
      <Status state={state} />
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters. You will be signed out everywhere."
      />
      <SubmitButton pending={pending}>Change password</SubmitButton>
    </form>
  );
}

export function VerifyEmailNotice({ email }: { email: string }) {
  const [state, action, pending] = useActionState<AccountState>(resendVerificationAction, {});
  return (
    <section
      aria-labelledby="verify-heading"
      className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900"
    >
      <h2 id="verify-heading" className="font-semibold">
        Confirm your e-mail address to receive tickets
      </h2>
      <p className="text-sm">
        We sent a link to {email}. Until you open it, your bookings are kept but their tickets are not e-mailed.
      </p>
      <Status state={state} />
      <form action={action}>
        <button
          type="submit"
          disabled={pending}
          className="rounded border border-amber-700 bg-white px-3 py-2 text-sm font-medium text-amber-900 hover:bg-amber-100 disabled:opacity-60"
        >
          {pending ? "Sending…" : "Send the link again"}
        </button>
      </form>
    </section>
  );
}
