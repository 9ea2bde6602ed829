// The bookings service: the booking flow, tickets, cancellation and check-in.
export { createBooking, type BookRequest, type BookingCreated } from "./create-booking";
export { bookingPaymentHandlers } from "./payment-handlers";
export { sweepExpiredBookings } from "./expire-booking";
export { cancelBooking } from "./cancel-booking";
export { getBookingForUser, listBookingsForUser, type BookingWithDetails } from "./read-bookings";
export { searchBookings, refundBooking } from "./staff-bookings";
export { getBookingForStaff, resendConfirmation, resendKey, ticketsOfShowtimes, type ExportTicket } from "./staff-desk";
export {
  checkIn,
  doorCounts,
  DOORS_OPEN_MINUTES,
  type CheckInResult,
  type DoorCount,
  type TicketShow,
} from "./check-in";
export { startShowtimeCancellation } from "./cancel-showtime";
export { runDueJobs, getJob, listJobs, resumeJob, type JobError } from "./jobs";
export { cancellationDecision } from "./cancellation-policy";
export { newReference, newTicketCode, isReference } from "./codes";
export { salesByDay, bookingCounts } from "./stats";
