import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">This page is for cinema staff</h1>
      <p className="mt-4 text-slate-600">Your account doesn&apos;t have access to it. If you work here, ask an administrator for the staff role.</p>
      <Link href="/" className="mt-8 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Back to the films
      </Link>
    </div>
  );
}
