"use client";
// The hall drawn from its layout: the screen, row labels, aisles as gaps, and
// one button per seat. Arrow keys move between seats (one tab stop for the
// whole map), Space or Enter toggles, and every seat says what it is.
import { useRef, useState, type KeyboardEvent } from "react";
import type { MapSeat } from "./types";

const TYPE_NAMES: Record<MapSeat["type"], string> = {
  standard: "standard",
  premium: "premium",
  wheelchair: "wheelchair space",
  companion: "companion seat",
  couple: "couple seat",
};

const STATUS_NAMES = { available: "available", held: "taken", sold: "sold", held_by_you: "held for you" } as const;

export function seatName(seat: MapSeat, price: string, selected: boolean): string {
  return `Row ${seat.rowLabel}, seat ${seat.number}, ${TYPE_NAMES[seat.type]}, ${price}, ${selected ? "selected" : STATUS_NAMES[seat.status]}`;
}

function seatClass(seat: MapSeat, selected: boolean, flagged: boolean): string {
  const base =
    "flex items-center justify-center rounded-t-lg text-[10px] font-semibold transition focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-700";
  if (flagged) return `${base} bg-red-600 text-white ring-4 ring-red-300`;
  if (selected || seat.status === "held_by_you") return `${base} bg-emerald-600 text-white`;
  if (seat.status !== "available") return `${base} cursor-not-allowed bg-slate-300 text-slate-500`;
  const byType: Record<MapSeat["type"], string> = {
    standard: "bg-white border-2 border-slate-500 text-slate-800 hover:bg-slate-100",
    premium: "bg-amber-100 border-2 border-amber-700 text-amber-950 hover:bg-amber-200",
    wheelchair: "bg-sky-100 border-2 border-sky-700 text-sky-950 hover:bg-sky-200",
    companion: "bg-sky-50 border-2 border-dashed border-sky-700 text-sky-950 hover:bg-sky-100",
    couple: "bg-pink-100 border-2 border-pink-700 text-pink-950 hover:bg-pink-200",
  };
  return `${base} ${byType[seat.type]}`;
}

export function SeatGrid(props: {
  rows: number;
  cols: number;
  seats: MapSeat[];
  selected: Set<string>;
  flagged: Set<string>;
  seatSize: number;
  priceOf: (seat: MapSeat) => string;
  onToggle: (seat: MapSeat) => void;
  disabled: boolean;
}) {
  const { seats, selected, flagged, seatSize } = props;
  const [focusId, setFocusId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const byPosition = new Map(seats.map((seat) => [`${seat.row}:${seat.col}`, seat]));
  const rowLabels = new Map(seats.map((seat) => [seat.row, seat.rowLabel]));
  const current = focusId ?? seats.find((s) => s.status === "available")?.id ?? seats[0]?.id;

  function move(from: MapSeat, dRow: number, dCol: number) {
    for (let step = 1; step <= Math.max(props.rows, props.cols); step++) {
      const target = byPosition.get(`${from.row + dRow * step}:${from.col + dCol * step}`);
      if (target) {
        setFocusId(target.id);
        buttons.current.get(target.id)?.focus();
        return;
      }
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, seat: MapSeat) {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const delta = moves[event.key];
    if (delta) {
      event.preventDefault();
      move(seat, delta[0], delta[1]);
    }
  }

  return (
    <div className="inline-block min-w-full p-2">
      <div
        aria-hidden="true"
        className="mx-auto mb-6 h-2 w-3/4 rounded-b-full bg-gradient-to-b from-slate-500 to-slate-300"
      />
      <p className="mb-4 text-center text-xs uppercase tracking-widest text-slate-600">Screen</p>
      <div
        role="group"
        aria-label="Seats"
        className="grid gap-1"
        style={{ gridTemplateColumns: `2rem repeat(${props.cols}, ${seatSize}px) 2rem` }}
      >
        {Array.from({ length: props.rows }, (_, row) => (
          <div key={row} className="contents">
            <span aria-hidden="true" className="flex items-center justify-center text-xs font-semibold text-slate-600">
              {rowLabels.get(row) ?? ""}
            </span>
            {Array.from({ length: props.cols }, (_, col) => {
              const seat = byPosition.get(`${row}:${col}`);
              if (!seat) return <span key={col} aria-hidden="true" style={{ height: seatSize }} />;
              const isSelected = selected.has(seat.id);
              const unavailable = seat.status === "held" || seat.status === "sold";
              return (
                <button
                  key={col}
                  ref={(node) => {
                    if (node) buttons.current.set(seat.id, node);
                    else buttons.current.delete(seat.id);
                  }}
                  type="button"
                  data-seat={seat.label}
                  tabIndex={seat.id === current ? 0 : -1}
                  aria-pressed={isSelected || seat.status === "held_by_you"}
                  aria-disabled={unavailable || props.disabled}
                  aria-label={seatName(seat, props.priceOf(seat), isSelected)}
                  title={seatName(seat, props.priceOf(seat), isSelected)}
                  onFocus={() => setFocusId(seat.id)}
                  onKeyDown={(event) => onKeyDown(event, seat)}
                  onClick={() => !unavailable && !props.disabled && props.onToggle(seat)}
                  className={seatClass(seat, isSelected, flagged.has(seat.id))}
                  style={{ height: seatSize }}
                >
                  {seatSize >= 26 ? seat.number : ""}
                </button>
              );
            })}
            <span aria-hidden="true" className="flex items-center justify-center text-xs font-semibold text-slate-600">
              {rowLabels.get(row) ?? ""}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
