import type { Metadata } from "next";
import { bookingCounts, salesByDay } from "@/lib/services/bookings";
import { listMessages } from "@/lib/services/notifications";

export const metadata: Metadata = { title: "Staff dashboard" };
export const dynamic = "force-dynamic";

export default async function AdminDashboard() {
  const [sales, counts, failed] = await Promise.all([
    salesByDay(14),
    bookingCounts(),
    listMessages({ status: "FAILED" }, 5),
  ]);
  const maxTickets = Math.max(1, ...sales.map((s) => s.tickets));
  const cards = [
    { label: "Confirmed bookings", value: counts.CONFIRMED ?? 0 },
    { label: "Waiting for payment", value: counts.PENDING_PAYMENT ?? 0 },
    { label: "Refunded or cancelled", value: (counts.REFUNDED ?? 0) + (counts.CANCELLED ?? 0) },
    { label: "Failed messages", value: failed.length },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((card) => (
          <li key={card.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600">{card.label}</p>
            <p className="text-3xl font-bold">{card.value}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="sales-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="sales-heading" className="font-semibold">
          Tickets sold, last 14 days
        </h2>
        {sales.length === 0 ? (
          <p className="mt-2 text-slate-600">No sales yet.</p>
        ) : (
          <figure>
            <svg
              role="img"
              aria-label={`Tickets sold per day: ${sales.map((s) => `${s.day} ${s.tickets}`).join(", ")}`}
              viewBox={`0 0 ${sales.length * 40} 160`}
              className="mt-4 h-48 w-full"
            >
              {sales.map((s, i) => {
                const height = (s.tickets / maxTickets) * 120;
                return (
                  <g key={s.day}>
                    <rect x={i * 40 + 8} y={130 - height} width={24} height={height} fill="#be123c" rx={3} />
                    <text x={i * 40 + 20} y={125 - height} textAnchor="middle" fontSize="10" fill="#0f172a">
                      {s.tickets}
                    </text>
                    <text x={i * 40 + 20} y={150} textAnchor="middle" fontSize="9" fill="#475569">
                      {s.day.slice(5)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </figure>
        )}
      </section>
    </div>
  );
}
