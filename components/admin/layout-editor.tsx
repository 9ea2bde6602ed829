"use client";
// The visual seat layout editor: pick a brush, click cells to place seats of
// that type or aisles, see the count, save. The server validates the result
// (couple pairs, companion places) and answers what to fix.
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { callApi } from "./api-action";

type Brush = "STANDARD" | "PREMIUM" | "WHEELCHAIR" | "COMPANION" | "COUPLE" | "AISLE";
const BRUSHES: { value: Brush; label: string; className: string }[] = [
  { value: "STANDARD", label: "Standard", className: "bg-white border-slate-500" },
  { value: "PREMIUM", label: "Premium", className: "bg-amber-100 border-amber-700" },
  { value: "COUPLE", label: "Couple", className: "bg-pink-100 border-pink-700" },
  { value: "WHEELCHAIR", label: "Wheelchair", className: "bg-sky-100 border-sky-700" },
  { value: "COMPANION", label: "Companion", className: "bg-sky-50 border-sky-700 border-dashed" },
  { value: "AISLE", label: "Aisle (empty)", className: "bg-slate-100 border-slate-300" },
];
const LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

interface ExistingHall {
  id: string;
  name: string;
  rows: number;
  cols: number;
  seats: { row: number; col: number; type: Exclude<Brush, "AISLE"> }[];
}

/** Draws a new hall, or (given `hall`) a new version of an existing hall's layout. */
export function LayoutEditor({ cinemas, hall }: { cinemas: { id: string; name: string }[]; hall?: ExistingHall }) {
  const router = useRouter();
  const [rows, setRows] = useState(hall?.rows ?? 8);
  const [cols, setCols] = useState(hall?.cols ?? 12);
  const [brush, setBrush] = useState<Brush>("STANDARD");
  const [cells, setCells] = useState<Map<string, Brush>>(() => {
    if (!hall) return new Map();
    const map = new Map<string, Brush>();
    for (let r = 0; r < hall.rows; r++) for (let c = 0; c < hall.cols; c++) map.set(`${r}:${c}`, "AISLE");
    for (const seat of hall.seats) map.set(`${seat.row}:${seat.col}`, seat.type);
    return map;
  });
  const [state, setState] = useState<{ error?: string; saved?: string }>({});
  const type = (row: number, col: number) => cells.get(`${row}:${col}`) ?? "STANDARD";
  const seatCount = useMemo(() => {
    let count = 0;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (type(r, c) !== "AISLE") count++;
    return count;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- type() reads cells
  }, [rows, cols, cells]);

  function paint(row: number, col: number) {
    setCells((current) => new Map(current).set(`${row}:${col}`, brush));
  }

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const seats = [];
    for (let row = 0; row < rows; row++)
      for (let col = 0; col < cols; col++) {
        const t = type(row, col);
        if (t !== "AISLE") seats.push({ row, col, type: t });
      }
    const result = hall
      ? await callApi<{ layout: { seatCount: number } }>(`/api/admin/halls/${hall.id}/layout`, "PUT", {
          rows,
          cols,
          seats,
        })
      : await callApi<{ layout: { seatCount: number } }>("/api/admin/halls", "POST", {
          cinemaId: form.get("cinemaId"),
          name: form.get("name"),
          cleaningMinutes: Number(form.get("cleaningMinutes")),
          layout: { rows, cols, seats },
        });
    if (!result.ok) setState({ error: result.body.detail });
    else {
      setState({ saved: `Saved with ${result.body.layout.seatCount} seats.` });
      router.push("/admin/halls");
      router.refresh();
    }
  }

  const field = "mt-1 block w-full rounded border border-slate-400 px-3 py-2";
  return (
    <form onSubmit={save} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-5">
        {!hall && (
          <>
            <label className="text-sm font-medium sm:col-span-2">
              Cinema
              <select name="cinemaId" className={field}>
                {cinemas.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm font-medium">
              Hall name
              <input name="name" required className={field} placeholder="Screen 4" />
            </label>
          </>
        )}
        <label className="text-sm font-medium">
          Rows
          <input
            type="number"
            min={1}
            max={24}
            value={rows}
            onChange={(e) => setRows(Math.max(1, Math.min(24, Number(e.target.value))))}
            className={field}
          />
        </label>
        <label className="text-sm font-medium">
          Columns
          <input
            type="number"
            min={1}
            max={40}
            value={cols}
            onChange={(e) => setCols(Math.max(1, Math.min(40, Number(e.target.value))))}
            className={field}
          />
        </label>
        {!hall && (
          <label className="text-sm font-medium">
            Cleaning (minutes)
            <input name="cleaningMinutes" type="number" min={0} max={120} defaultValue={20} className={field} />
          </label>
        )}
      </div>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1 text-sm font-medium">Brush</legend>
        {BRUSHES.map((b) => (
          <label key={b.value} className="flex items-center gap-2 text-sm">
            <input type="radio" name="brush" checked={brush === b.value} onChange={() => setBrush(b.value)} />
            <span aria-hidden="true" className={`inline-block h-4 w-4 rounded-t border-2 ${b.className}`} /> {b.label}
          </label>
        ))}
      </fieldset>
      <p role="status" className="text-sm font-medium">
        {seatCount} seats
      </p>
      <div className="overflow-auto rounded border border-slate-200 bg-white p-3">
        <div aria-hidden="true" className="mx-auto mb-3 h-1.5 w-2/3 rounded bg-slate-400" />
        <div className="grid gap-1" style={{ gridTemplateColumns: `1.5rem repeat(${cols}, 1.75rem)` }}>
          {Array.from({ length: rows }, (_, row) => (
            <div key={row} className="contents">
              <span className="flex items-center justify-center text-xs font-semibold text-slate-600">
                {LETTERS[row]}
              </span>
              {Array.from({ length: cols }, (_, col) => {
                const t = type(row, col);
                const look = BRUSHES.find((b) => b.value === t)!;
                return (
                  <button
                    key={col}
                    type="button"
                    onClick={() => paint(row, col)}
                    aria-label={`Row ${LETTERS[row]}, column ${col + 1}: ${look.label.toLowerCase()}`}
                    className={`h-7 rounded-t border-2 ${look.className}`}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
      {state.error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      {state.saved && (
        <p role="status" className="text-sm text-emerald-800">
          {state.saved}
        </p>
      )}
      <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {hall ? "Save as a new layout version" : "Save hall"}
      </button>
    </form>
  );
}
