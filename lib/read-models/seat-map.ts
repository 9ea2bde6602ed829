import "server-only";
// The seat map of a showtime: the hall's layout and prices (showtimes
// service) with the live state of every seat (seats service). It sits above
// both services because it combines them.
//
// Everyone who holds nothing in the showtime gets the same answer, built
// once per change and kept serialised with its ETag, so a thousand people
// watching one showtime cost one JSON.stringify per change. Only a buyer
// with seats held gets an answer of their own, with those seats marked
// held_by_you.
import { createHash } from "node:crypto";
import { liveStatus, MAX_SEATS_PER_SHOWTIME, seatStates, type LiveStatus, type SeatStates } from "@/lib/services/seats";
import type { SeatType } from "@/lib/generated/prisma/enums";
import { getLayoutSeats, getShowtimeDetails, type ShowtimeDetails } from "@/lib/services/showtimes";

export type SeatStatus = LiveStatus | "held_by_you";

export interface SeatMapSeat {
  id: string;
  label: string;
  rowLabel: string;
  number: number;
  row: number;
  col: number;
  type: Lowercase<SeatType>;
  status: SeatStatus;
  amountCents: number;
  pairSeatId: string | null;
}

export interface SeatMap {
  showtimeId: string;
  rows: number;
  cols: number;
  currency: string;
  hall: string;
  /** How many seats one person may hold at once. */
  maxSeats: number;
  /** The cinema's seating rules, so the picker can explain a selection before it is sent. */
  rules: { orphanSeatRule: boolean; companionOpenFrom: string };
  seats: SeatMapSeat[];
  yourHold: { holdId: string; expiresAt: string } | null;
}

export interface SeatMapAnswer {
  map: SeatMap;
  body: string;
  etag: string;
  /** When a hold in it runs out, and the answer with it (ms). */
  validUntil: number;
}

interface Shared extends SeatMapAnswer {
  details: ShowtimeDetails;
  states: SeatStates;
  /** Who holds seats in it: they get an answer of their own. */
  holders: Set<string>;
}

const KEPT = 2_000;
const globalForMaps = globalThis as unknown as { cinemaSeatMaps?: Map<string, Shared> };
const shared = (globalForMaps.cinemaSeatMaps ??= new Map());

const etagOf = (body: string) => `"${createHash("sha1").update(body).digest("base64url")}"`;

function answer(map: SeatMap, validUntil: number): SeatMapAnswer {
  const body = JSON.stringify(map);
  return { map, body, etag: etagOf(body), validUntil };
}

async function build(details: ShowtimeDetails, states: SeatStates, now: number): Promise<Shared> {
  const layout = await getLayoutSeats(details.showtime.layoutId);
  const priceOf = new Map(details.prices.map((price) => [price.seatType, price.amountCents]));
  const stateOf = new Map(states.seats.map((row) => [row.seatId, row]));
  const holders = new Set<string>();
  let validUntil = now + 60_000;
  const seats = [...layout.seats]
    .sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol)
    .map((seat): SeatMapSeat => {
      const row = stateOf.get(seat.id);
      const status = row ? liveStatus(row, now) : "sold";
      if (status === "held" && row) {
        holders.add(row.heldBy!);
        validUntil = Math.min(validUntil, row.heldUntil!);
      }
      return {
        id: seat.id,
        label: seat.label,
        rowLabel: seat.rowLabel,
        number: seat.number,
        row: seat.gridRow,
        col: seat.gridCol,
        type: seat.type.toLowerCase() as Lowercase<SeatType>,
        status,
        amountCents: priceOf.get(seat.type) ?? 0,
        pairSeatId: seat.pairSeatId,
      };
    });
  const map: SeatMap = {
    showtimeId: details.showtime.id,
    rows: layout.rows,
    cols: layout.cols,
    currency: details.cinema.currency,
    hall: details.hall.name,
    maxSeats: MAX_SEATS_PER_SHOWTIME,
    rules: {
      orphanSeatRule: details.cinema.orphanSeatRule,
      companionOpenFrom: new Date(
        details.showtime.startsAt.getTime() - details.cinema.companionReleaseMinutes * 60_000,
      ).toISOString(),
    },
    seats,
    yourHold: null,
  };
  return { ...answer(map, validUntil), details, states, holders };
}

/** The map as `callerId` sees it: their own held seats marked, with the hold that ends first. */
function personal(base: Shared, callerId: string, now: number): SeatMapAnswer {
  const mine = new Map(
    base.states.seats
      .filter((row) => row.heldBy === callerId && liveStatus(row, now) === "held")
      .map((row) => [row.seatId, row]),
  );
  let yourHold: SeatMap["yourHold"] = null;
  for (const row of mine.values()) {
    if (row.holdId && (!yourHold || row.heldUntil! < Date.parse(yourHold.expiresAt))) {
      yourHold = { holdId: row.holdId, expiresAt: new Date(row.heldUntil!).toISOString() };
    }
  }
  const seats = base.map.seats.map((seat) => (mine.has(seat.id) ? { ...seat, status: "held_by_you" as const } : seat));
  return answer({ ...base.map, seats, yourHold }, base.validUntil);
}

/** The live seat map of a showtime for `callerId` (or anyone). Shared: do not modify. */
export async function getSeatMap(showtimeId: string, callerId?: string | null): Promise<SeatMapAnswer> {
  const [details, states] = await Promise.all([getShowtimeDetails(showtimeId), seatStates(showtimeId)]);
  const now = Date.now();
  let entry = shared.get(showtimeId);
  if (!entry || entry.details !== details || entry.states !== states || now >= entry.validUntil) {
    entry = await build(details, states, now);
    if (!shared.has(showtimeId) && shared.size >= KEPT) shared.delete(shared.keys().next().value!);
    shared.set(showtimeId, entry);
  }
  return callerId && entry.holders.has(callerId) ? personal(entry, callerId, now) : entry;
}
