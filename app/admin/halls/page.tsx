import type { Metadata } from "next";
import Link from "next/link";
import { formatMoney } from "@/lib/format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listHalls } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Halls" };
export const dynamic = "force-dynamic";

export default async function AdminHalls() {
  const [halls, user] = await Promise.all([listHalls(), getCurrentUser()]);
  const isAdmin = user?.role === "ADMIN";
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Halls</h1>
        <Link
          href="/admin/halls/new"
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
        >
          Draw a new hall
        </Link>
      </div>
      <table className="w-full bg-white text-sm">
        <caption className="sr-only">Halls</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Cinema
            </th>
            <th scope="col" className="p-2">
              Hall
            </th>
            <th scope="col" className="p-2">
              Seats
            </th>
            <th scope="col" className="p-2">
              Layout
            </th>
            <th scope="col" className="p-2">
              Prices
            </th>
          </tr>
        </thead>
        <tbody>
          {halls.map((hall) => (
            <tr key={hall.id} className="border-b border-slate-200">
              <td className="p-2">{hall.cinema.name}</td>
              <td className="p-2">
                <Link href={`/admin/halls/${hall.id}`} className="text-brand-700 underline">
                  {hall.name}
                </Link>
              </td>
              <td className="p-2">{hall.seatCount}</td>
              <td className="p-2">version {hall.layoutVersion}</td>
              <td className="p-2 text-xs">
                {hall.prices
                  .map((p) => `${p.seatType.toLowerCase()} ${formatMoney(p.amountCents, hall.cinema.currency)}`)
                  .join(" · ")}{" "}
                <Link
                  href={`/admin/halls/${hall.id}/prices`}
                  aria-label={`${isAdmin ? "Change" : "View"} the prices of ${hall.cinema.name} ${hall.name}`}
                  className="ml-1 text-brand-700 underline"
                >
                  {isAdmin ? "Change" : "View"}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
