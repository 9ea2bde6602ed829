import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getUserById } from "@/lib/services/users";
import { PasswordForm, ProfileForm, VerifyEmailNotice } from "./account-forms";
import { signOutAction } from "./actions";
import { SessionsList } from "./sessions-list";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const current = await getCurrentUser();
  if (!current) redirect("/sign-in?callbackUrl=/account");
  const profile = await getUserById(current.id);
  return (
    <div className="mx-auto max-w-xl space-y-10">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Your account</h1>
        <form action={signOutAction}>
          <button
            type="submit"
            className="rounded border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Sign out
          </button>
        </form>
      </div>
      {!profile.emailVerified && <VerifyEmailNotice email={profile.email} />}
      <section aria-labelledby="profile-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
          Profile
        </h2>
        <ProfileForm profile={profile} />
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
          Where you&apos;re signed in
        </h2>
        <p className="mb-2 text-sm text-slate-600">Browsers and apps. Sign out any you don&apos;t recognise.</p>
        <SessionsList userId={current.id} currentSessionId={current.sessionId} />
      </section>
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="password-heading" className="mb-4 text-lg font-semibold">
          Password
        </h2>
        <PasswordForm />
      </section>
    </div>
  );
}
