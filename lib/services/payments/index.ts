// The payments service: checkout, the signed webhook, refunds, reconciliation.
export { createCheckout, expireCheckout, getPaymentForBooking, getPaymentsForBookings } from "./checkout";
export { refundPayment, type RefundRequest } from "./refund";
export { handleWebhook, processEvent, verifyEvent, type WebhookOutcome } from "./webhook/handle-webhook";
export { reconcileStaleCheckouts } from "./reconcile";
export { getTestSession, payTestSession, sessionObject, type TestPaymentOutcome } from "./test-provider";
export { buildEvent, signPayload } from "./test-events";
export type { CheckoutRequest, CheckoutSession, CheckoutLineItem } from "./types";
