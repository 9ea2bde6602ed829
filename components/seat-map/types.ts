export type SeatStatus = "available" | "held" | "sold" | "held_by_you";

export interface MapSeat {
  id: string;
  label: string;
  rowLabel: string;
  number: number;
  row: number;
  col: number;
  type: "standard" | "premium" | "wheelchair" | "companion" | "couple";
  status: SeatStatus;
  amountCents: number;
  pairSeatId: string | null;
}

export interface SeatMapData {
  showtimeId: string;
  rows: number;
  cols: number;
  currency: string;
  hall: string;
  seats: MapSeat[];
  yourHold: { holdId: string; expiresAt: string } | null;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  seatIds?: string[];
}
