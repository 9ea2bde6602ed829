import type { Metadata } from "next";
import Link from "next/link";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your e-mail address", referrer: "no-referrer" };

// Opening the link only shows a button: mail scanners that fetch every link
// must not confirm an address on the owner's behalf.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Confirm your e-mail address</h1>
      {token ? (
        <VerifyEmailForm token={token} />
      ) : (
        <p className="mt-2 text-slate-700">
          This page opens from the link in a confirmation e-mail. Signed in? Ask for a new one on{" "}
          <Link href="/account" className="font-medium text-brand-700 underline">
            your account page
          </Link>
          .
        </p>
      )}
    </div>
  );
}
