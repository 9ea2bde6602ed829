import type { Metadata } from "next";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <p className="mb-6 mt-2 text-slate-600">Book seats in seconds and keep your tickets in one place.</p>
      <SignUpForm callbackUrl={callbackUrl ?? "/"} />
    </div>
  );
}
