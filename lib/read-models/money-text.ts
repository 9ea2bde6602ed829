// Minor units as a plain decimal for spreadsheets and data tables: 1250 -> "12.50" (no symbol, no grouping).
export function formatMoneyPlain(cents: number, digits = 2): string {
  const sign = cents < 0 ? "-" : "";
  const whole = Math.abs(cents);
  return `${sign}${Math.floor(whole / 10 ** digits)}.${String(whole % 10 ** digits).padStart(digits, "0")}`;
}
