// The start times of a series of showtimes, such as "every day at 19:30 for
// two weeks", computed in the cinema's own time zone (so 19:30 stays 19:30
// across a daylight-saving change).
import { TZDate } from "@date-fns/tz";

export interface SeriesSpec {
  /** First and last day, YYYY-MM-DD, inclusive, in the cinema's time zone. */
  from: string;
  to: string;
  /** Local times, HH:MM. */
  times: string[];
  /** 0 = Sunday … 6 = Saturday; all days when absent. */
  weekdays?: number[];
}

export function seriesStarts(spec: SeriesSpec, timeZone: string): Date[] {
  const [fy, fm, fd] = spec.from.split("-").map(Number);
  const [ty, tm, td] = spec.to.split("-").map(Number);
  const starts: Date[] = [];
  const last = Date.UTC(ty, tm - 1, td);
  for (let day = Date.UTC(fy, fm - 1, fd), guard = 0; day <= last && guard < 400; day += 86_400_000, guard++) {
    const date = new Date(day);
    if (spec.weekdays && !spec.weekdays.includes(date.getUTCDay())) continue;
    for (const time of spec.times) {
      const [hour, minute] = time.split(":").map(Number);
      starts.push(
        new Date(
          new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute, 0, timeZone).getTime(),
        ),
      );
    }
  }
  return starts.sort((a, b) => a.getTime() - b.getTime());
}
