// The dashboard's filters: an ordinary GET form (works without JavaScript,
// every control reachable by keyboard, the URL can be shared), and the usual
// ranges one click away.
import Link from "next/link";
import { CinemaSelect } from "@/components/admin/cinema-select";

export interface FilterCinema {
  id: string;
  name: string;
}

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2";

export function ReportFilters({
  cinemas,
  cinemaId,
  from,
  to,
  presets,
}: {
  cinemas: FilterCinema[];
  cinemaId?: string;
  from: string;
  to: string;
  presets: { label: string; from: string; to: string }[];
}) {
  const href = (range: { from: string; to: string }) =>
    `/admin?${new URLSearchParams({ ...(cinemaId ? { cinemaId } : {}), ...range }).toString()}`;
  return (
    <form
      method="get"
      action="/admin"
      aria-label="Report filters"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end"
    >
      <CinemaSelect
        cinemas={cinemas}
        selected={cinemaId}
        allLabel="All cinemas (each in its own time zone and currency)"
      />
      <label className="text-sm font-medium">
        From
        <input type="date" name="from" required defaultValue={from} max={to} className={field} />
      </label>
      <label className="text-sm font-medium">
        To
        <input type="date" name="to" required defaultValue={to} className={field} />
      </label>
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Show
      </button>
      <nav aria-label="Quick ranges" className="sm:col-span-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {presets.map((preset) => {
            const current = preset.from === from && preset.to === to;
            return (
              <li key={preset.label}>
                <Link
                  href={href(preset)}
                  aria-current={current ? "true" : undefined}
                  className={`inline-block rounded border px-3 py-1 ${current ? "border-brand-700 bg-brand-50 font-semibold text-brand-700" : "border-slate-300 hover:bg-slate-100"}`}
                >
                  {preset.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </form>
  );
}
