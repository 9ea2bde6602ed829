// How full a showtime is, in words a moviegoer understands.
export type Occupancy = "available" | "nearly_full" | "sold_out";

export function occupancy(available: number, total: number): Occupancy {
  if (total === 0 || available === 0) return "sold_out";
  return available / total <= 0.15 || available <= 10 ? "nearly_full" : "available";
}
