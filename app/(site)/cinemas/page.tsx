import type { Metadata } from "next";
import Link from "next/link";
import { listCinemas } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Our cinemas" };
export const dynamic = "force-dynamic";

export default async function CinemasPage() {
  const cinemas = await listCinemas();
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Our cinemas</h1>
      {cinemas.length === 0 ? (
        <p className="mt-4 text-slate-600">No cinemas yet.</p>
      ) : (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {cinemas.map((cinema) => (
            <li key={cinema.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/cinemas/${cinema.slug}`} className="hover:text-brand-700 hover:underline">
                  {cinema.name}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">{cinema.city}</p>
              <p className="text-sm text-slate-600">{cinema.address}</p>
              <p className="mt-2 text-xs text-slate-600">{cinema.halls.length} screens</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
