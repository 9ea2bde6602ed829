// The messages we send and the data each needs. Callers pass everything:
// notifications never reads other services' tables.

export interface ShowInfo {
  filmTitle: string;
  cinemaName: string;
  cinemaAddress: string;
  hallName: string;
  /** ISO 8601 UTC; shown in `timeZone`. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
}

export interface BookingConfirmedProps extends ShowInfo {
  bookingId: string;
  reference: string;
  customerName: string;
  tickets: { code: string; seatLabel: string; seatType: string }[];
  totalCents: number;
  currency: string;
  manageUrl: string;
}

export interface BookingCancelledProps extends ShowInfo {
  reference: string;
  customerName: string;
  refundCents: number;
  currency: string;
  /** cancelled: by the moviegoer; refunded: by staff. */
  kind: "cancelled" | "refunded";
  manageUrl: string;
}

export interface ShowtimeCancelledProps extends ShowInfo {
  reference: string;
  customerName: string;
  refundCents: number;
  currency: string;
}

export interface PaymentFailedProps extends ShowInfo {
  reference: string;
  customerName: string;
  reason: "payment_failed" | "hold_expired";
  retryUrl: string;
}

export interface WelcomeProps {
  name: string;
  browseUrl: string;
}

/** Account e-mails (users service); those to unproved addresses carry nothing the sender chose. */
export interface VerifyEmailProps {
  verifyUrl: string;
  expiresInHours: number;
}

export interface PasswordResetProps {
  resetUrl: string;
  expiresInMinutes: number;
}

export interface SignUpAttemptProps {
  signInUrl: string;
  resetUrl: string;
}

export interface SmsProps {
  text: string;
}

export interface TemplateProps {
  "booking-confirmed": BookingConfirmedProps;
  "booking-cancelled": BookingCancelledProps;
  "showtime-cancelled": ShowtimeCancelledProps;
  "payment-failed": PaymentFailedProps;
  welcome: WelcomeProps;
  "verify-email": VerifyEmailProps;
  "password-reset": PasswordResetProps;
  "sign-up-attempt": SignUpAttemptProps;
  sms: SmsProps;
}

export type TemplateName = keyof TemplateProps;

/**
 * Messages that carry a link which confirms an address or sets a password:
 * whoever reads one can take the account. Once a transport has delivered
 * one, its content is not kept; in the development mailbox only an admin
 * may open it.
 */
export const ACCOUNT_LINK_TEMPLATES: ReadonlySet<string> = new Set<TemplateName>(["verify-email", "password-reset"]);
