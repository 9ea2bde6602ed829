// One error type for everything a user may be told, and one table from its
// stable code to an HTTP status. Anything else that is thrown is a bug: it is
// logged and answered as a bare 500 (see lib/http.ts).

export const ERROR_STATUS = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  invalid_token: 401,
  forbidden: 403,
  account_disabled: 403,
  cross_origin: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  seats_unavailable: 409,
  hold_expired: 409,
  showtime_not_on_sale: 409,
  orphan_seat: 409,
  seat_rules: 409,
  too_many_seats: 409,
  idempotency_conflict: 409,
  showtime_overlap: 409,
  already_checked_in: 409,
  ticket_refunded: 409,
  wrong_showtime: 409,
  cancellation_not_allowed: 409,
  booking_not_cancellable: 409,
  booking_not_refundable: 409,
  layout_in_use: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  invalid_signature: 400,
  payment_provider_error: 502,
  service_unavailable: 503,
  sales_closed: 503,
  internal_error: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** Safe to show the user. */
  readonly detail: string;
  /** Extra members of the problem document, such as the `seatIds` that were taken. */
  readonly extra: Record<string, unknown>;
  readonly headers: Record<string, string>;
  /** For the logs only, never shown: what went wrong inside, beside the user-safe `detail`. */
  readonly internal?: string;

  constructor(
    code: ErrorCode,
    detail: string,
    options: {
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
      cause?: unknown;
      internal?: string;
    } = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.detail = detail;
    this.extra = options.extra ?? {};
    this.headers = options.headers ?? {};
    this.internal = options.internal;
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

const TITLES: Partial<Record<ErrorCode, string>> = {
  validation_failed: "Your request has invalid fields",
  unauthenticated: "Sign-in required",
  forbidden: "Not allowed",
  not_found: "Not found",
  rate_limited: "Too many requests",
  internal_error: "Something went wrong on our side",
};

export function errorTitle(code: ErrorCode): string {
  return TITLES[code] ?? code.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}
