// One showtime's seats as a bar (sold, held, free) with the numbers in words beside it.
export function OccupancyMeter({
  sold,
  held,
  total,
  label,
}: {
  sold: number;
  held: number;
  total: number;
  label: string;
}) {
  const part = (n: number) => (total > 0 ? `${(n / total) * 100}%` : "0%");
  const free = Math.max(0, total - sold - held);
  return (
    <div className="mt-1 flex items-center gap-2">
      <div
        role="img"
        aria-label={`${label}: ${sold} sold, ${held} held, ${free} free of ${total}`}
        className="flex h-3 flex-1 overflow-hidden rounded border border-slate-300 bg-slate-100"
      >
        <div className="h-full bg-rose-700" style={{ width: part(sold) }} />
        <div className="h-full bg-amber-400" style={{ width: part(held) }} />
      </div>
      <span className="w-40 text-right text-xs tabular-nums text-slate-700">
        {sold} sold · {held} held · {free} free
      </span>
    </div>
  );
}
