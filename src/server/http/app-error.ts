/**
 * The one error type the server throws on purpose. An AppError carries a **code** and structured
 * data only — never text for a person: `errorResponse` (the HTTP boundary, `respond.ts`) turns the
 * code into the HTTP status (`statusByCode`, the one table) and into the message, in the request's
 * language, from the `errors` namespace of the i18n catalogue (`errors.<code>`, ICU-formatted with
 * `params`). `details` go to the client only for validation errors (field messages), never internals.
 * Codes are snake_case, as every error code the API has answered since the first release.
 */
export type AppErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthorized"
  | "forbidden"
  | "demo_expired"
  | "not_found"
  | "method_not_allowed"
  | "request_timeout"
  | "conflict"
  | "no_credits"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "service_unavailable"
  | "database_unavailable"
  | "email_unavailable"
  | "internal_error";

export const statusByCode: Record<AppErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  demo_expired: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  no_credits: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_unavailable: 503,
  database_unavailable: 503,
  email_unavailable: 503,
  internal_error: 500,
};

/** Values interpolated into the code's message (ICU arguments such as `{max}`, `{date}`). */
export type AppErrorParams = Record<string, string | number | Date>;

export type AppErrorOptions = {
  /** Field → problem codes, sent as `fields` (validation errors only). */
  details?: Record<string, string[]>;
  /** Seconds, sent as `Retry-After` with 429 and 503. */
  retryAfterSeconds?: number;
  /** ICU arguments of the code's message. */
  params?: AppErrorParams;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  readonly params?: AppErrorParams;
  /**
   * Text chosen where the error was thrown. Legacy: new code passes no text and lets the boundary
   * pick `errors.<code>`; kept only while older call sites are converted.
   */
  readonly legacyMessage?: string;

  constructor(code: AppErrorCode, options?: AppErrorOptions);
  /** @deprecated pass no message: the boundary words the error from its code. */
  constructor(code: AppErrorCode, message: string, options?: AppErrorOptions);
  constructor(code: AppErrorCode, messageOrOptions?: string | AppErrorOptions, maybeOptions: AppErrorOptions = {}) {
    const legacyMessage = typeof messageOrOptions === "string" ? messageOrOptions : undefined;
    const options = (typeof messageOrOptions === "object" ? messageOrOptions : maybeOptions) ?? {};
    super(legacyMessage ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.params = options.params;
    this.legacyMessage = legacyMessage;
  }

  get status(): number {
    return statusByCode[this.code];
  }
}
