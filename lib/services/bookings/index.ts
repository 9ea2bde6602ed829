// The bookings service: the booking flow, tickets, cancellation and check-in.
export { createBooking, type BookRequest, type BookingCreated } from "./create-booking";
export { confirmBookingPayment, markBookingRefunded, type ConfirmOutcome } from "./confirm-booking";
export { expireBooking, sweepExpiredBookings } from "./expire-booking";
export { cancelBooking } from "./cancel-booking";
export { getBookingForUser, listBookingsForUser, type BookingWithDetails } from "./read-bookings";
export { searchBookings, refundBooking, checkIn, cancelShowtime, type CheckInResult } from "./staff-bookings";
export { cancellationDecision } from "./cancellation-policy";
export { newReference, newTicketCode, isReference } from "./codes";
export { salesByDay, bookingCounts } from "./stats";
