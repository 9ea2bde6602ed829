import { chooseCinemaAction } from "@/app/(site)/actions";

/** Which cinema the home page shows first; remembered in a cookie. Works without JavaScript. */
export function CinemaPicker({
  cinemas,
  current,
}: {
  cinemas: { id: string; name: string; city: string }[];
  current: string | null;
}) {
  return (
    <form action={chooseCinemaAction} className="flex flex-wrap items-end gap-2">
      <label className="text-sm font-medium">
        Your cinema
        <select
          name="cinemaId"
          defaultValue={current ?? ""}
          className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">All cinemas</option>
          {cinemas.map((cinema) => (
            <option key={cinema.id} value={cinema.id}>
              {cinema.name} ({cinema.city})
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        Show
      </button>
    </form>
  );
}
