import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatMoney } from "@/lib/format";
import { SeatType } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/pages";
import { hallPrices } from "@/lib/services/showtimes/halls";
import { HallPricesForm } from "./hall-prices-form";

export const metadata: Metadata = { title: "Hall prices" };
export const dynamic = "force-dynamic";

export default async function HallPricesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [hall, user] = await Promise.all([orNotFound(hallPrices(id)), getCurrentUser()]);
  const { currency } = hall.cinema;
  const prices = Object.values(SeatType).map((seatType) => ({
    seatType,
    amountCents: hall.prices.find((price) => price.seatType === seatType)?.amountCents ?? 0,
  }));
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/halls" className="text-brand-700 underline">
          ← Halls
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        Prices: {hall.cinema.name} · {hall.name}
      </h1>
      <p className="text-sm text-slate-700">
        The price of each kind of seat in {currency}, for showtimes scheduled from now on. Showtimes already on sale
        keep the prices they went on sale with, so nobody&apos;s price changes between picking a seat and paying.
      </p>
      {user?.role === "ADMIN" ? (
        <HallPricesForm hallId={hall.id} currency={currency} prices={prices} />
      ) : (
        <>
          <p role="note" className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
            Only an administrator may change prices.
          </p>
          <table className="bg-white text-sm">
            <caption className="sr-only">Prices</caption>
            <tbody>
              {prices.map((price) => (
                <tr key={price.seatType} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-left font-normal">
                    {price.seatType.toLowerCase()}
                  </th>
                  <td className="p-2 text-right">{formatMoney(price.amountCents, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
