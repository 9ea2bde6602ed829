import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "./reset-password-form";

// The token is in the address: never send it on as a Referer.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {token ? (
        <>
          <p className="mb-6 mt-2 text-slate-600">This signs you out everywhere, on every device and app.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          This page opens from the link in a password reset e-mail.{" "}
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            Ask for a link
          </Link>
          .
        </p>
      )}
    </div>
  );
}
