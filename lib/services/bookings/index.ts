// The bookings service: the booking flow, tickets, cancellation and check-in.
export { createBooking, type BookRequest, type BookingCreated } from "./create-booking";
export { bookingPaymentHandlers } from "./payment-handlers";
export { sweepExpiredBookings } from "./expire-booking";
export { cancelBooking } from "./cancel-booking";
export { getBookingForUser, listBookingsForUser, type BookingWithDetails } from "./read-bookings";
export { searchBookings, refundBooking, checkIn, type CheckInResult } from "./staff-bookings";
export { startShowtimeCancellation } from "./cancel-showtime";
export { runDueJobs, getJob, listJobs, resumeJob, type JobError } from "./jobs";
export { cancellationDecision } from "./cancellation-policy";
export { newReference, newTicketCode, isReference } from "./codes";
export { salesByDay, bookingCounts } from "./stats";
