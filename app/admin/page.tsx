import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { LiveShowtimes } from "@/components/admin/dashboard/live-showtimes";
import { ReportFilters } from "@/components/admin/dashboard/report-filters";
import { SalesReportView } from "@/components/admin/dashboard/sales-report-view";
import { localDateKey } from "@/lib/format";
import { lastDays, ReportQuery, reportRange } from "@/lib/read-models/report-range";
import { salesReport } from "@/lib/read-models/sales-report";
import { listMessages } from "@/lib/services/notifications";
import { refundBacklog } from "@/lib/services/payments";
import { listCinemas } from "@/lib/services/showtimes";

export const metadata: Metadata = { title: "Staff dashboard" };
export const dynamic = "force-dynamic";

type Search = { cinemaId?: string; from?: string; to?: string };

/** The report for the chosen days, streamed in when ready (the filters show at once). */
async function Report({ query }: { query: { cinemaId?: string; from: string; to: string } }) {
  return <SalesReportView report={await salesReport(query)} />;
}

function ReportLoading() {
  return (
    <div role="status" className="space-y-3" aria-live="polite">
      <p className="text-slate-700">Adding up the figures…</p>
      <div className="grid gap-3 sm:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-20 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="h-56 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}

/** Today's and tomorrow's showtimes, live. Each cinema's own today. */
async function Live({ cinemaId, timeZones }: { cinemaId?: string; timeZones: string[] }) {
  const now = new Date();
  const days = Object.fromEntries(
    timeZones.map((zone) => [
      zone,
      { today: localDateKey(now, zone), tomorrow: localDateKey(new Date(now.getTime() + 86_400_000), zone) },
    ]),
  );
  const todays = Object.values(days).map((d) => d.today);
  const tomorrows = Object.values(days).map((d) => d.tomorrow);
  const range = { from: todays.sort()[0], to: tomorrows.sort().at(-1)! };
  const report = await salesReport({ cinemaId, ...range });
  const url = `/api/admin/reports/sales?${new URLSearchParams({ ...(cinemaId ? { cinemaId } : {}), ...range })}`;
  return <LiveShowtimes url={url} initial={report.showtimes} asOf={now.getTime()} days={days} />;
}

async function NeedsAttention() {
  const [failed, refunds] = await Promise.all([listMessages({ status: "FAILED" }, 5), refundBacklog()]);
  if (failed.length === 0 && refunds.pending === 0 && refunds.failed === 0) return null;
  return (
    <section aria-labelledby="attention-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="attention-heading" className="font-semibold">
        Needs attention
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {failed.length > 0 && (
          <li>
            <Link href="/admin/messages?status=FAILED" className="underline">
              {failed.length === 5 ? "5 or more" : failed.length} message{failed.length === 1 ? "" : "s"} could not be
              sent
            </Link>
          </li>
        )}
        {refunds.pending > 0 && <li>{refunds.pending} refunds waiting to be sent (retried automatically)</li>}
        {refunds.failed > 0 && <li>{refunds.failed} refunds failed: refund them from the provider&apos;s dashboard</li>}
      </ul>
    </section>
  );
}

export default async function AdminDashboard({ searchParams }: { searchParams: Promise<Search> }) {
  const cinemas = await listCinemas();
  const parsed = ReportQuery.safeParse(await searchParams);
  const asked = parsed.success ? parsed.data : {};
  const cinema = cinemas.find((c) => c.id === asked.cinemaId);
  const timeZone = cinema?.timeZone ?? cinemas[0]?.timeZone ?? "UTC";
  const range = reportRange(asked, timeZone);
  const query = { cinemaId: cinema?.id, ...range };
  const presets = [
    { label: "Today", ...lastDays(1, timeZone) },
    { label: "Last 7 days", ...lastDays(7, timeZone) },
    { label: "Last 30 days", ...lastDays(30, timeZone) },
    { label: "Last 90 days", ...lastDays(90, timeZone) },
    { label: "Last 365 days", ...lastDays(365, timeZone) },
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {!parsed.success && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {parsed.error.issues[0]?.message ?? "Those filters are not valid"}: showing the last week instead.
        </p>
      )}
      <ReportFilters
        cinemas={cinemas.map((c) => ({ id: c.id, name: c.name }))}
        cinemaId={cinema?.id}
        from={range.from}
        to={range.to}
        presets={presets}
      />
      <Suspense fallback={null}>
        <NeedsAttention />
      </Suspense>
      <section aria-labelledby="live-heading" className="space-y-2">
        <h2 id="live-heading" className="text-lg font-semibold">
          Today and tomorrow
        </h2>
        <Suspense fallback={<ReportLoading />}>
          <Live cinemaId={cinema?.id} timeZones={[...new Set((cinema ? [cinema] : cinemas).map((c) => c.timeZone))]} />
        </Suspense>
      </section>
      <Suspense key={JSON.stringify(query)} fallback={<ReportLoading />}>
        <Report query={query} />
      </Suspense>
    </div>
  );
}
