// The dashboard's figures for the chosen cinema and days: the totals, then
// one chart per question a manager asks in the morning, each with its table.
import Link from "next/link";
import { BarList } from "@/components/admin/charts/bar-list";
import { ChartFigure } from "@/components/admin/charts/chart-figure";
import { ColumnChart } from "@/components/admin/charts/column-chart";
import { OCCUPANCY_LEGEND, OccupancyBars, percent } from "@/components/admin/charts/occupancy-bars";
import { formatDateTime } from "@/lib/format";
import type { SalesReport } from "@/lib/read-models/sales-report";
import { compactMoney, dayLabel, formatMoney, share } from "./figures";

const SHOWTIMES_DRAWN = 24;
// Beyond this many showtimes (about a month of one cinema) the table behind the
// chart lists what the chart draws: a year's thousands of rows would make the page megabytes.
const SHOWTIMES_LISTED = 300;

function Totals({ report }: { report: SalesReport }) {
  if (report.currencies.length === 0)
    return <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">No sales on these days.</p>;
  const offered = report.showtimes.filter((s) => s.status !== "cancelled");
  const seats = offered.reduce((sum, s) => sum + s.seatsTotal, 0);
  const sold = offered.reduce((sum, s) => sum + s.seatsSold, 0);
  const card = "rounded-lg border border-slate-200 bg-white p-3";
  return (
    <div className="space-y-3">
      {report.currencies.map((total) => (
        <dl
          key={total.currency}
          aria-label={`Totals in ${total.currency}`}
          data-testid={`totals-${total.currency}`}
          className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
        >
          {[
            ["Gross", formatMoney(total.grossCents, total.currency), "gross"],
            ["Refunds", formatMoney(total.refundedCents, total.currency), "refunds"],
            ["Net", formatMoney(total.netCents, total.currency), "net"],
            ["Tickets", total.tickets.toLocaleString("en-GB"), "tickets"],
          ].map(([label, value, key]) => (
            <div key={label} className={card}>
              <dt className="text-sm text-slate-600">
                {label} <span className="text-xs">({total.currency})</span>
              </dt>
              <dd className="text-2xl font-bold break-words tabular-nums" data-testid={`${key}-${total.currency}`}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      ))}
      <dl aria-label="Occupancy" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className={card}>
          <dt className="text-sm text-slate-600">Occupancy (every showtime)</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="occupancy">
            {percent(sold, seats)}
          </dd>
        </div>
        <div className={card}>
          <dt className="text-sm text-slate-600">Showtimes</dt>
          <dd className="text-2xl font-bold tabular-nums" data-testid="showtimes">
            {offered.length.toLocaleString("en-GB")}
          </dd>
        </div>
      </dl>
    </div>
  );
}

function RevenueByDay({ report }: { report: SalesReport }) {
  return report.currencies.map((total) => {
    const days = report.days.filter((day) => day.currency === total.currency);
    const id = `revenue-${total.currency}`;
    return (
      <ChartFigure
        key={id}
        id={id}
        title={`Revenue by day (${total.currency})`}
        summary={`Net revenue and refunds per show day in ${total.currency}: ${formatMoney(total.netCents, total.currency)} net over ${days.length} days.`}
        legend={[
          { label: "Net", swatch: "fill-rose-700" },
          { label: "Refunded", swatch: "fill-slate-400" },
        ]}
        table={{
          caption: `Revenue by day in ${total.currency}`,
          columns: ["Day", "Gross", "Refunds", "Net", "Tickets"],
          rows: days.map((day) => [
            dayLabel(day.date, { weekday: "short", day: "numeric", month: "short" }),
            formatMoney(day.grossCents, day.currency),
            formatMoney(day.refundedCents, day.currency),
            formatMoney(day.netCents, day.currency),
            day.tickets,
          ]),
        }}
      >
        <ColumnChart
          columns={days.map((day) => ({
            label: dayLabel(day.date),
            values: { net: day.netCents, refunded: day.refundedCents },
          }))}
          series={[
            { key: "net", label: "Net", fill: "fill-rose-700" },
            { key: "refunded", label: "Refunded", fill: "fill-slate-400" },
          ]}
          format={(cents) => compactMoney(cents, total.currency)}
        />
      </ChartFigure>
    );
  });
}

function Occupancy({ report }: { report: SalesReport }) {
  const shows = report.showtimes.filter((s) => s.status !== "cancelled");
  const drawn =
    shows.length > SHOWTIMES_DRAWN
      ? [...shows].sort((a, b) => b.occupancy - a.occupancy).slice(0, SHOWTIMES_DRAWN)
      : shows;
  const listed = shows.length > SHOWTIMES_LISTED ? drawn : shows;
  const label = (s: (typeof shows)[number]) =>
    `${formatDateTime(new Date(s.startsAt), s.timeZone).replace(/ (GMT[+-][\d:]+|[A-Z]{2,5})$/, "")} · ${s.title}`;
  return (
    <>
      <ChartFigure
        id="occupancy-halls"
        title="Occupancy by hall"
        summary={`Seats sold, held and free across each hall's showtimes: ${report.halls
          .map((hall) => `${hall.name} ${share(hall.occupancy)}`)
          .join(", ")}.`}
        legend={OCCUPANCY_LEGEND}
        empty={report.halls.length ? undefined : "No showtimes on these days."}
        table={{
          caption: "Occupancy by hall",
          columns: ["Hall", "Showtimes", "Seats", "Sold", "Held", "Occupancy"],
          rows: report.halls.map((hall) => [
            `${hall.cinemaName} · ${hall.name}`,
            hall.showtimes,
            hall.seatsTotal,
            hall.seatsSold,
            hall.seatsHeld,
            share(hall.occupancy),
          ]),
        }}
      >
        <OccupancyBars
          rows={report.halls.map((hall) => ({
            label: `${hall.cinemaName} · ${hall.name}`,
            sold: hall.seatsSold,
            held: hall.seatsHeld,
            total: hall.seatsTotal,
          }))}
        />
      </ChartFigure>
      <ChartFigure
        id="occupancy-showtimes"
        title={
          shows.length > SHOWTIMES_DRAWN
            ? `Occupancy per showtime: the ${SHOWTIMES_DRAWN} fullest of ${shows.length}`
            : "Occupancy per showtime"
        }
        summary={`Seats sold, held and free for ${drawn.length} of ${shows.length} showtimes.`}
        legend={OCCUPANCY_LEGEND}
        empty={shows.length ? undefined : "No showtimes on these days."}
        table={{
          caption:
            listed === shows
              ? "Occupancy per showtime"
              : `Occupancy of the ${listed.length} fullest showtimes (choose fewer days to list all ${shows.length})`,
          columns: ["Showtime", "Hall", "Seats", "Sold", "Held", "Checked in", "Occupancy"],
          rows: listed.map((s) => [
            label(s),
            `${s.cinemaName} · ${s.hallName}`,
            s.seatsTotal,
            s.seatsSold,
            s.seatsHeld,
            s.admitted,
            share(s.occupancy),
          ]),
        }}
      >
        <OccupancyBars
          rows={drawn.map((s) => ({
            label: label(s),
            sold: s.seatsSold,
            held: s.seatsHeld,
            total: s.seatsTotal,
          }))}
        />
      </ChartFigure>
    </>
  );
}

function TopFilms({ report }: { report: SalesReport }) {
  return report.currencies.map((total) => {
    const films = report.films.filter((film) => film.currency === total.currency);
    const byRevenue = [...films].sort((a, b) => b.netCents - a.netCents).slice(0, 8);
    const byOccupancy = [...films].sort((a, b) => b.occupancy - a.occupancy).slice(0, 8);
    const table = {
      caption: `Films in ${total.currency}`,
      columns: ["Film", "Showtimes", "Tickets", "Gross", "Net", "Occupancy"],
      rows: [...films]
        .sort((a, b) => b.netCents - a.netCents)
        .map((film) => [
          film.title,
          film.showtimes,
          film.tickets,
          formatMoney(film.grossCents, film.currency),
          formatMoney(film.netCents, film.currency),
          share(film.occupancy),
        ]),
    };
    return (
      <div key={total.currency} className="grid gap-4 lg:grid-cols-2">
        <ChartFigure
          id={`films-revenue-${total.currency}`}
          title={`Top films by net revenue (${total.currency})`}
          summary={`Films ranked by net revenue: ${byRevenue
            .slice(0, 3)
            .map((film) => `${film.title} ${formatMoney(film.netCents, film.currency)}`)
            .join(", ")}.`}
          table={table}
        >
          <BarList
            rows={byRevenue.map((film) => ({
              label: film.title,
              value: film.netCents,
              text: formatMoney(film.netCents, film.currency),
            }))}
          />
        </ChartFigure>
        <ChartFigure
          id={`films-occupancy-${total.currency}`}
          title={`Top films by occupancy (${total.currency})`}
          summary={`Films ranked by the share of their seats sold: ${byOccupancy
            .slice(0, 3)
            .map((film) => `${film.title} ${share(film.occupancy)}`)
            .join(", ")}.`}
          table={table}
        >
          <BarList
            max={1}
            fill="fill-sky-700"
            rows={byOccupancy.map((film) => ({
              label: film.title,
              value: film.occupancy,
              text: share(film.occupancy),
            }))}
          />
        </ChartFigure>
      </div>
    );
  });
}

function WhenPeopleBuy({ report }: { report: SalesReport }) {
  const total = report.byHour.reduce((sum, hour) => sum + hour.tickets, 0);
  const busiest = [...report.byHour].sort((a, b) => b.tickets - a.tickets)[0];
  const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFigure
        id="by-hour"
        title="Tickets bought by hour of day"
        summary={`Tickets by the hour they were bought, in the cinema's time; the busiest hour is ${hour(busiest.hour)}.`}
        empty={total ? undefined : "No tickets bought for these shows."}
        table={{
          caption: "Tickets bought by hour of day",
          columns: ["Hour", "Tickets"],
          rows: report.byHour.map((h) => [hour(h.hour), h.tickets]),
        }}
      >
        <ColumnChart
          columns={report.byHour.map((h) => ({ label: String(h.hour), values: { tickets: h.tickets } }))}
          series={[{ key: "tickets", label: "Tickets", fill: "fill-rose-700" }]}
          format={(n) => n.toLocaleString("en-GB")}
          labelEvery={3}
          width={420}
        />
      </ChartFigure>
      <ChartFigure
        id="by-lead-time"
        title="How early people buy"
        summary={`Tickets by how long before the show they were bought: ${report.byLeadTime
          .map((b) => `${b.bucket} ${percent(b.tickets, total)}`)
          .join(", ")}.`}
        empty={total ? undefined : "No tickets bought for these shows."}
        table={{
          caption: "Tickets by days before the show",
          columns: ["Bought", "Tickets", "Share"],
          rows: report.byLeadTime.map((b) => [b.bucket, b.tickets, percent(b.tickets, total)]),
        }}
      >
        <ColumnChart
          columns={report.byLeadTime.map((b) => ({
            // "1 day before" is too long under a column; the table says it in full.
            label: b.bucket.replace(" before", ""),
            values: { tickets: b.tickets },
          }))}
          series={[{ key: "tickets", label: "Tickets", fill: "fill-sky-700" }]}
          format={(n) => n.toLocaleString("en-GB")}
          labelEvery={1}
          width={420}
        />
      </ChartFigure>
    </div>
  );
}

export function SalesReportView({ report }: { report: SalesReport }) {
  const { from, to, cinemaId } = report.query;
  const csvDay =
    from === to ? `/api/admin/bookings/export.csv?date=${from}${cinemaId ? `&cinemaId=${cinemaId}` : ""}` : null;
  return (
    <div className="space-y-6">
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="text-lg font-semibold">
          Totals, {dayLabel(from, { day: "numeric", month: "short", year: "numeric" })} to{" "}
          {dayLabel(to, { day: "numeric", month: "short", year: "numeric" })}
        </h2>
        <p className="text-sm text-slate-700">
          Money counts on the day of the show it paid for. Refunds are money sent back; net is gross less refunds. Each
          currency on its own.
          {csvDay && (
            <>
              {" "}
              <Link href={csvDay} className="text-brand-700 underline" prefetch={false}>
                Download this day&apos;s bookings (CSV)
              </Link>
            </>
          )}
        </p>
        <Totals report={report} />
      </section>
      <section aria-labelledby="revenue-heading" className="space-y-3">
        <h2 id="revenue-heading" className="text-lg font-semibold">
          Revenue
        </h2>
        <RevenueByDay report={report} />
      </section>
      <section aria-labelledby="occupancy-heading" className="space-y-3">
        <h2 id="occupancy-heading" className="text-lg font-semibold">
          Occupancy
        </h2>
        <Occupancy report={report} />
      </section>
      <section aria-labelledby="films-heading" className="space-y-3">
        <h2 id="films-heading" className="text-lg font-semibold">
          Films
        </h2>
        {report.films.length ? <TopFilms report={report} /> : <p className="text-slate-700">No films on these days.</p>}
      </section>
      <section aria-labelledby="buying-heading" className="space-y-3">
        <h2 id="buying-heading" className="text-lg font-semibold">
          When people buy
        </h2>
        <WhenPeopleBuy report={report} />
      </section>
    </div>
  );
}
