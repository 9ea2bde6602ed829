// The showtimes service: cinemas, halls, seat layouts, the schedule and prices.
export { listCinemas, getCinema } from "./cinemas";
export { listShowtimes, listShowtimesByIds, type ShowtimeFilters } from "./list-showtimes";
export {
  getShowtimeDetails,
  getShowtimeForSale,
  getSaleTerms,
  getLayoutSeats,
  cancelShowtimeSchedule,
  type ShowtimeDetails,
} from "./showtime-details";
export { occupancy, type Occupancy } from "./occupancy";
export { scheduleFor } from "./schedule";
export { scheduleShowtimes, type ScheduleRequest } from "./schedule-showtimes";
export { seriesStarts, type SeriesSpec } from "./series";
export { planLayout, type DrawnLayout, type DrawnSeat, type LayoutProblem } from "./layout-validation";
export { createHall, updateLayout, currentLayout, listHalls, setHallPrices } from "./halls";
export { createCinema, type CinemaInput } from "./admin-cinemas";
