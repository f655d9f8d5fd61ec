/**
 * The one error type the server throws on purpose. `code` decides the HTTP status (see
 * `statusByCode`); `message` is safe to show to the user; `details` go to the client only for
 * validation errors (field messages), never internals.
 */
export type AppErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "demo_expired"
  | "not_found"
  | "conflict"
  | "no_credits"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "service_unavailable"
  | "internal_error";

export const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  demo_expired: 403,
  not_found: 404,
  conflict: 409,
  no_credits: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_unavailable: 503,
  internal_error: 500,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, string[]>;
  /** Seconds, sent as `Retry-After` with 429 and 503. */
  readonly retryAfterSeconds?: number;

  constructor(
    code: AppErrorCode,
    message: string,
    opts: { details?: Record<string, string[]>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.details = opts.details;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}
