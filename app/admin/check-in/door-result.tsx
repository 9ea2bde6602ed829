// What the door sees after a scan: a colour, a sign and a word that can be
// read at arm's length, then the details (film, time, seat; when and by whom).
export type DoorOutcome =
  "admitted" | "already_used" | "wrong_showtime" | "wrong_day" | "refunded" | "unknown" | "error";

export interface DoorAnswer {
  outcome: DoorOutcome;
  detail?: string;
  show?: { filmTitle: string; startsAt: string; hallName: string; cinemaName: string; timeZone: string };
  ticket?: { seatLabel: string; seatType: string };
  checkedInAt?: string;
  checkedInBy?: string | null;
}

const LOOK: Record<DoorOutcome, { title: string; sign: string; className: string }> = {
  admitted: { title: "Come in", sign: "✓", className: "border-emerald-600 bg-emerald-50 text-emerald-950" },
  already_used: { title: "Already used", sign: "!", className: "border-amber-500 bg-amber-50 text-amber-950" },
  wrong_showtime: { title: "Wrong showtime", sign: "↷", className: "border-orange-600 bg-orange-50 text-orange-950" },
  wrong_day: { title: "Not for now", sign: "↷", className: "border-orange-600 bg-orange-50 text-orange-950" },
  refunded: { title: "Refunded: not valid", sign: "✕", className: "border-red-600 bg-red-50 text-red-950" },
  unknown: { title: "Unknown ticket", sign: "?", className: "border-red-600 bg-red-50 text-red-950" },
  error: { title: "Could not check", sign: "!", className: "border-slate-500 bg-slate-50 text-slate-900" },
};

const time = (iso: string, timeZone: string, withDay = false) =>
  new Intl.DateTimeFormat("en-GB", {
    ...(withDay ? { weekday: "short", day: "numeric", month: "short" } : {}),
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(new Date(iso));

export function DoorResult({ answer }: { answer: DoorAnswer }) {
  const look = LOOK[answer.outcome];
  const { show, ticket } = answer;
  return (
    <div
      data-testid="door-result"
      data-outcome={answer.outcome}
      className={`flex gap-4 rounded-xl border-4 p-4 ${look.className}`}
    >
      <span aria-hidden="true" className="text-5xl leading-none font-black">
        {look.sign}
      </span>
      <div className="min-w-0 space-y-1">
        <p className="text-2xl font-bold">{look.title}</p>
        {ticket && show && (
          <p className="text-lg">
            Seat <strong>{ticket.seatLabel}</strong> ({ticket.seatType}) · {show.filmTitle},{" "}
            {time(show.startsAt, show.timeZone, answer.outcome === "wrong_day")} · {show.hallName}
          </p>
        )}
        {answer.outcome === "already_used" && answer.checkedInAt && show && (
          <p>
            Checked in at {time(answer.checkedInAt, show.timeZone)}
            {answer.checkedInBy ? ` by ${answer.checkedInBy}` : ""}.
          </p>
        )}
        {(answer.outcome === "wrong_showtime" || answer.outcome === "wrong_day") && show && (
          <p>
            This ticket is for {show.cinemaName}, {show.hallName}, {time(show.startsAt, show.timeZone, true)}.
          </p>
        )}
        {!show && answer.detail && <p>{answer.detail}</p>}
      </div>
    </div>
  );
}
