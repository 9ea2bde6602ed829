// Dates, times and money as people read them: in the cinema's time zone and currency.
export function formatMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(cents / 100);
}

export function formatDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone }).format(date);
}

export function formatTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
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
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}

/** "EST", "BST": each locale knows the abbreviations of its own region only, so ask both. */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  const name = (locale: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const american = name("en-US");
  return american.startsWith("GMT") || american.startsWith("UTC") ? name("en-GB") : american;
}

/** The next `count` days (YYYY-MM-DD) in a time zone, starting today. */
export function nextDays(count: number, timeZone: string, from = new Date()): string[] {
  return Array.from({ length: count }, (_, i) => localDateKey(new Date(from.getTime() + i * 86_400_000), timeZone));
}
