"use client";
// Today's and tomorrow's showtimes and how full they are, kept live: asked
// again every 20 seconds, so seats held by people paying right now show up
// (and go) without reloading the page.
import { useQuery } from "@tanstack/react-query";
import { OccupancyMeter } from "./occupancy-meter";

export interface LiveShowtime {
  id: string;
  startsAt: string;
  date: string;
  timeZone: string;
  title: string;
  hallName: string;
  cinemaName: string;
  status: string;
  seatsTotal: number;
  seatsSold: number;
  seatsHeld: number;
  admitted: number;
}

const REFRESH_MS = 20_000;

async function fetchLive(url: string): Promise<LiveShowtime[]> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`The figures could not be read (${response.status}).`);
  return (await response.json()).showtimes;
}

const time = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

export function LiveShowtimes({
  url,
  initial,
  asOf,
  days,
}: {
  /** The sales report's URL for these two days. */
  url: string;
  initial: LiveShowtime[];
  /** When the server read `initial` (ms). */
  asOf: number;
  /** Each time zone's today and tomorrow (YYYY-MM-DD). */
  days: Record<string, { today: string; tomorrow: string }>;
}) {
  const {
    data = initial,
    error,
    dataUpdatedAt,
  } = useQuery({
    queryKey: ["live-showtimes", url],
    queryFn: () => fetchLive(url),
    initialData: initial,
    initialDataUpdatedAt: asOf,
    refetchInterval: REFRESH_MS,
  });
  // The first cinema's zone: the server and the browser write the same time.
  const zone = Object.keys(days)[0] ?? "UTC";
  const groups = [
    { label: "Today", which: "today" as const },
    { label: "Tomorrow", which: "tomorrow" as const },
  ].map((group) => ({
    ...group,
    shows: data.filter((s) => days[s.timeZone]?.[group.which] === s.date && s.status !== "cancelled"),
  }));
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-600" aria-live="polite">
        {error
          ? `Not updated: ${error.message}`
          : `Updated ${new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", timeZone: zone }).format(new Date(dataUpdatedAt))}; refreshes every 20 seconds.`}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        {groups.map((group) => (
          <section key={group.which} aria-labelledby={`live-${group.which}`}>
            <h3 id={`live-${group.which}`} className="font-semibold">
              {group.label}
            </h3>
            {group.shows.length === 0 ? (
              <p className="mt-1 text-sm text-slate-600">No showtimes.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {group.shows.map((s) => (
                  <li key={s.id} className="rounded border border-slate-200 bg-white p-2 text-sm">
                    <p className="flex flex-wrap justify-between gap-x-2">
                      <span>
                        <span className="font-semibold tabular-nums">{time(s.startsAt, s.timeZone)}</span> {s.title}
                      </span>
                      <span className="text-slate-600">
                        {s.cinemaName} · {s.hallName}
                      </span>
                    </p>
                    <OccupancyMeter
                      sold={s.seatsSold}
                      held={s.seatsHeld}
                      total={s.seatsTotal}
                      label={`${time(s.startsAt, s.timeZone)} ${s.title}`}
                    />
                    {s.admitted > 0 && <p className="text-xs text-slate-700">{s.admitted} checked in at the door</p>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
