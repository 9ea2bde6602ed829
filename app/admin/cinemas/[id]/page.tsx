import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/pages";
import { getCinema } from "@/lib/services/showtimes";
import { editableFields } from "@/lib/services/showtimes/admin-cinemas";
import { CinemaForm } from "../cinema-form";

export const metadata: Metadata = { title: "Edit cinema" };
export const dynamic = "force-dynamic";

export default async function EditCinemaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cinema = await orNotFound(getCinema(id));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/cinemas" className="text-brand-700 underline">
          ← Cinemas
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{cinema.name}</h1>
      <CinemaForm
        timeZones={Intl.supportedValuesOf("timeZone")}
        cinema={{ id: cinema.id, ...editableFields(cinema) }}
      />
      <section aria-labelledby="halls-heading" className="space-y-2">
        <h2 id="halls-heading" className="text-lg font-semibold">
          Halls
        </h2>
        <ul className="list-disc pl-5 text-sm">
          {cinema.halls.map((hall) => (
            <li key={hall.id}>
              {hall.name}:{" "}
              <Link href={`/admin/halls/${hall.id}`} className="text-brand-700 underline">
                layout
              </Link>{" "}
              ·{" "}
              <Link href={`/admin/halls/${hall.id}/prices`} className="text-brand-700 underline">
                prices
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
