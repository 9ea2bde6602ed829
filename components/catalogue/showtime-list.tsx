import Link from "next/link";
import { formatDay, formatTime, localDateKey, zoneAbbreviation } from "@/lib/format";
import type { Occupancy } from "@/lib/services/showtimes/occupancy";

export interface ShowtimeEntry {
  id: string;
  startsAt: Date;
  format: string;
  language: string;
  subtitles: string | null;
  occupancy: Occupancy;
  cinema: { id: string; name: string; timeZone: string };
  hallName: string;
}

const BADGE: Record<Occupancy, { text: string; className: string } | null> = {
  available: null,
  nearly_full: { text: "Nearly full", className: "bg-amber-100 text-amber-900" },
  sold_out: { text: "Sold out", className: "bg-slate-200 text-slate-700" },
};

/** Showtimes grouped by day, then cinema, then format, in each cinema's own time zone. */
export function ShowtimeList({ showtimes }: { showtimes: ShowtimeEntry[] }) {
  if (showtimes.length === 0)
    return <p className="text-slate-600">No showtimes are scheduled in the next two weeks.</p>;
  const days = new Map<string, ShowtimeEntry[]>();
  for (const showtime of showtimes) {
    const key = localDateKey(showtime.startsAt, showtime.cinema.timeZone);
    days.set(key, [...(days.get(key) ?? []), showtime]);
  }
  return (
    <div className="space-y-6">
      {[...days].map(([day, entries]) => {
        const cinemas = new Map<string, ShowtimeEntry[]>();
        for (const entry of entries) cinemas.set(entry.cinema.id, [...(cinemas.get(entry.cinema.id) ?? []), entry]);
        return (
          <section key={day} aria-labelledby={`day-${day}`}>
            <h3 id={`day-${day}`} className="text-lg font-semibold">
              {formatDay(entries[0].startsAt, entries[0].cinema.timeZone)}
            </h3>
            <div className="mt-2 space-y-3">
              {[...cinemas.values()].map((group) => {
                const formats = new Map<string, ShowtimeEntry[]>();
                for (const entry of group) formats.set(entry.format, [...(formats.get(entry.format) ?? []), entry]);
                return (
                  <div key={group[0].cinema.id} className="rounded-lg border border-slate-200 bg-white p-3">
                    <p className="font-medium">
                      {group[0].cinema.name}{" "}
                      <span className="text-sm font-normal text-slate-600">
                        · times in {zoneAbbreviation(group[0].startsAt, group[0].cinema.timeZone)}
                      </span>
                    </p>
                    {[...formats].map(([format, list]) => (
                      <div key={format} className="mt-2 flex flex-wrap items-center gap-2">
                        <span className="w-12 text-xs font-semibold uppercase text-slate-600">{format}</span>
                        {list.map((entry) => {
                          const badge = BADGE[entry.occupancy];
                          const label = `${formatTime(entry.startsAt, entry.cinema.timeZone)}, ${entry.hallName}${badge ? `, ${badge.text.toLowerCase()}` : ""}`;
                          return entry.occupancy === "sold_out" ? (
                            <span
                              key={entry.id}
                              aria-label={label}
                              className="rounded border border-slate-200 px-3 py-1.5 text-sm text-slate-500 line-through"
                            >
                              {formatTime(entry.startsAt, entry.cinema.timeZone)}
                            </span>
                          ) : (
                            <Link
                              key={entry.id}
                              href={`/showtimes/${entry.id}`}
                              aria-label={label}
                              className="rounded border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
                            >
                              {formatTime(entry.startsAt, entry.cinema.timeZone)}
                              {entry.subtitles && <span className="ml-1 text-xs text-slate-600">sub</span>}
                              {badge && (
                                <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${badge.className}`}>
                                  {badge.text}
                                </span>
                              )}
                            </Link>
                          );
                        })}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </div>
  );
}
