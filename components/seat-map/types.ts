export type { SeatMap as SeatMapData, SeatMapSeat as MapSeat, SeatStatus } from "@/lib/read-models/seat-map";

export interface Problem {
  status: number;
  code: string;
  detail: string;
  seatIds?: string[];
}
