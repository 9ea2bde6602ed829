import type { Metadata } from "next";
import Link from "next/link";
import { listCinemas } from "@/lib/services/showtimes";
import { CinemaForm } from "./cinema-form";

export const metadata: Metadata = { title: "Cinemas" };
export const dynamic = "force-dynamic";

export default async function AdminCinemas() {
  const cinemas = await listCinemas();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cinemas</h1>
      <CinemaForm timeZones={Intl.supportedValuesOf("timeZone")} />
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">Cinemas</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Cinema
            </th>
            <th scope="col" className="p-2">
              City
            </th>
            <th scope="col" className="p-2">
              Time zone
            </th>
            <th scope="col" className="p-2">
              Currency
            </th>
            <th scope="col" className="p-2">
              Halls
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cinemas.map((c) => (
            <tr key={c.id} className="border-b border-slate-200">
              <td className="p-2">
                <Link href={`/cinemas/${c.slug}`} className="text-brand-700 underline">
                  {c.name}
                </Link>
              </td>
              <td className="p-2">{c.city}</td>
              <td className="p-2">{c.timeZone}</td>
              <td className="p-2">{c.currency}</td>
              <td className="p-2">
                {c.halls.map((h) => h.name).join(", ") || (
                  <Link href="/admin/halls/new" className="text-brand-700 underline">
                    draw one
                  </Link>
                )}
              </td>
              <td className="p-2">
                <Link
                  href={`/admin/cinemas/${c.id}`}
                  aria-label={`Edit ${c.name}`}
                  className="text-brand-700 underline"
                >
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
