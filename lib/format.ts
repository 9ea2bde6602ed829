// Dates, times and money as people read them: in the cinema's time zone and currency.
//
// Making an Intl formatter costs far more than using one (a film page with a
// hundred showtimes spent most of its time making them), so each kind is
// made once per locale, zone or currency and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

export function formatMoney(cents: number, currency: string): string {
  const key = `n|${currency}`;
  let format = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { style: "currency", currency });
    formatters.set(key, format);
  }
  return format.format(cents / 100);
}

export function formatDay(date: Date, timeZone: string): string {
  return dateFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone }).format(date);
}

export function formatTime(date: Date, timeZone: string): string {
  return dateFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string): string {
  return dateFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

/** YYYY-MM-DD of an instant in a time zone. */
export function localDateKey(date: Date, timeZone: string): string {
  return dateFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}

/** "EST", "BST": each locale knows the abbreviations of its own region only, so ask both. */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const name = (locale: string) =>
    dateFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const american = name("en-US");
  return american.startsWith("GMT") || american.startsWith("UTC") ? name("en-GB") : american;
}

/** The next `count` days (YYYY-MM-DD) in a time zone, starting today. */
export function nextDays(count: number, timeZone: string, from = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => localDateKey(new Date(from.getTime() + i * 86_400_000), timeZone));
}
