// The date range of a staff report: days in a cinema's time zone, checked
// and bounded (a year and a bit at most), with a default of the last week.
import { z } from "zod";
import { localDateKey } from "@/lib/format";
import { calendarDay } from "@/lib/schemas/calendar-day";
import { id } from "@/lib/schemas/text";

export const MAX_REPORT_DAYS = 400;
const DAY = 86_400_000;

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;

/** An optional id from a form's select, where "" means none (every cinema). */
export const optionalId = () => z.preprocess((value) => (value === "" ? undefined : value), id().optional());

/** `cinemaId`, `from` and `to` of a report's query string; the days are checked together. */
export const ReportQuery = z
  .object({ cinemaId: optionalId(), from: calendarDay().optional(), to: calendarDay().optional() })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "The first day comes after the last",
    path: ["from"],
  })
  .refine((query) => !query.from || !query.to || dayNumber(query.to) - dayNumber(query.from) < MAX_REPORT_DAYS, {
    message: `A report covers at most ${MAX_REPORT_DAYS} days`,
    path: ["to"],
  });

/** The last `days` days up to today in `timeZone`, as YYYY-MM-DD. */
export function lastDays(days: number, timeZone: string, now = new Date()): { from: string; to: string } {
  return {
    from: localDateKey(new Date(now.getTime() - (days - 1) * DAY), timeZone),
    to: localDateKey(now, timeZone),
  };
}

/** A query's range, the missing ends filled in: the week up to today (or up to `to`). */
export function reportRange(
  query: { from?: string; to?: string },
  timeZone: string,
  now = new Date(),
): { from: string; to: string } {
  const to = query.to ?? lastDays(1, timeZone, now).to;
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 6 * DAY).toISOString().slice(0, 10);
  return { from: from <= to ? from : to, to };
}
