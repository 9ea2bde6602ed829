import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; changed?: string }>;
}) {
  const { callbackUrl, changed } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mb-6 mt-2 text-slate-600">to book seats and see your tickets.</p>
      {changed && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800">
          Your password has been changed and every session signed out. Sign in with the new password.
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl ?? "/"} />
    </div>
  );
}
