// The seats service: the seat inventory of each showtime and the holds on it.
export { createInventory, type InventorySeat } from "./create-inventory";
export { availabilityByShowtime, type Availability } from "./availability";
export {
  holdSeats,
  MAX_SEATS_PER_SHOWTIME,
  MAX_HOLDS_PER_ADDRESS,
  type HoldRequest,
  type HoldResult,
  type SaleTerms,
} from "./hold-seats";
export { releaseHold, releaseHoldSeats } from "./release-hold";
export { sellSeats, unsellSeats, convertHold, getHold, holdIsLive, type SellResult } from "./sell-seats";
export { sweepExpiredHolds } from "./sweep-holds";
export {
  seatStates,
  liveStatus,
  onSeatChange,
  seatStatesChanged,
  FRESH_MS,
  type SeatStates,
  type SeatStateRow,
  type LiveStatus,
} from "./seat-states";
export { checkSeatRules, type RuleSeat, type RuleContext, type RuleViolation } from "./seat-rules";
