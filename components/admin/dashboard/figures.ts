// How the dashboard writes its numbers: money in its own currency, shares as
// percentages, days as "Mon 24 Nov" (calendar days, already in the cinema's zone).
import { formatMoney } from "@/lib/format";

export { formatMoney };

export function compactMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(cents / 100);
}

export const share = (value: number) => `${Math.round(value * 100)}%`;

/** A YYYY-MM-DD calendar day as people read it. */
export function dayLabel(day: string, options: Intl.DateTimeFormatOptions = { day: "numeric", month: "short" }) {
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
