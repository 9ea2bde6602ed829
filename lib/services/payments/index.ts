// The payments service: checkout, the signed webhook, refunds, reconciliation.
export { createCheckout, expireCheckout, getPaymentForBooking, getPaymentsForBookings } from "./checkout";
export {
  queueRefund,
  sendRefund,
  sendRefundNow,
  sendDueRefunds,
  refundBacklog,
  type RefundRequest,
  type QueuedRefund,
} from "./refund";
export { handleWebhook, processEvent, verifyEvent, type WebhookOutcome } from "./webhook/handle-webhook";
export type { BookingHandlers, PaidOutcome } from "./booking-handlers";
export { reconcileStaleCheckouts } from "./reconcile";
export { salesClosed } from "./providers";
export { getTestSession, payTestSession, sessionObject, type TestPaymentOutcome } from "./test-provider";
export { buildEvent, signPayload } from "./test-events";
export type { CheckoutRequest, CheckoutSession, CheckoutLineItem } from "./types";
