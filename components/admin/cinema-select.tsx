// A labelled choice of cinema for GET forms; the empty choice means every cinema.
export function CinemaSelect({
  cinemas,
  selected,
  allLabel = "All cinemas",
  className = "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2",
}: {
  cinemas: { id: string; name: string }[];
  selected?: string;
  allLabel?: string;
  className?: string;
}) {
  return (
    <label className="text-sm font-medium">
      Cinema
      <select name="cinemaId" defaultValue={selected ?? ""} className={className}>
        <option value="">{allLabel}</option>
        {cinemas.map((cinema) => (
          <option key={cinema.id} value={cinema.id}>
            {cinema.name}
          </option>
        ))}
      </select>
    </label>
  );
}
