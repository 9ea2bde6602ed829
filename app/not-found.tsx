import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">We couldn&apos;t find that page</h1>
      <p className="mt-4 text-slate-600">The film, showtime or booking may have moved or never existed.</p>
      <Link
        href="/"
        className="mt-8 inline-block rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        See what&apos;s on
      </Link>
    </div>
  );
}
