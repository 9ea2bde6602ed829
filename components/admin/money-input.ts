// Prices as staff type them ("12.50", "12,5", "12") and as the API keeps them (1250);
// the other way is formatMoneyPlain (lib/read-models/money-text.ts).

/** Minor units from a typed amount, or null when it is not one (at most two decimals, at most 10,000). */
export function centsOf(typed: string): number | null {
  const match = /^\s*(\d{1,5})(?:[.,](\d{1,2}))?\s*$/.exec(typed);
  if (!match) return null;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return cents <= 1_000_000 ? cents : null;
}
