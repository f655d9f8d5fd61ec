/**
 * The one error type the server throws on purpose. An AppError carries a **code** and structured
 * data only — never text for a person: `errorResponse` (the HTTP boundary, `respond.ts`) turns the
 * code into the HTTP status (`statusByCode`, the one table) and into the message, in the request's
 * language, from the `errors` namespace of the i18n catalogue (`errors.<code>`, ICU-formatted with
 * `params`; dates are formatted there, in the request's language and Colombia's time zone).
 * `details` go to the client only for validation errors (field problem codes), never internals.
 *
 * Codes are snake_case (docs/decisions/0023-error-codes-and-json-casing.md). A code that names one
 * precise situation (`last_owner`) answers on the wire with the stable, general code of its kind
 * (`conflict`, see `publicCodeOf`): the body's `code` is the API contract clients branch on, the
 * precise code picks the message and is logged.
 */
export type AppErrorCode =
  // General codes: each is also what the API answers with.
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
  | "gone"
  | "no_credits"
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "service_unavailable"
  | "database_unavailable"
  | "email_unavailable"
  | "internal_error"
  // Request shape (answer as validation_failed, forbidden, payload_too_large, unsupported_media_type).
  | "invalid_email"
  | "disposable_email"
  | "origin_not_allowed"
  | "body_too_large"
  | "form_required"
  // Who may call (answer as unauthorized / forbidden).
  | "sales_sign_in_required"
  | "sales_team_only"
  | "no_organization"
  | "cron_token_invalid"
  | "metrics_token_invalid"
  // Demo request.
  | "demo_cap_reached"
  | "demo_request_failed"
  // Units, residents, assemblies (answer as not_found / conflict).
  | "unit_not_found"
  | "resident_not_found"
  | "duplicate_resident_email"
  | "last_owner"
  | "assembly_not_found"
  | "assembly_closed"
  | "agenda_item_not_found"
  | "item_without_vote"
  | "assembly_not_started"
  | "voting_not_open"
  | "voting_closed"
  | "proxy_self"
  | "proxy_chain"
  | "proxy_administrator"
  | "vote_by_proxy_holder"
  | "voter_link_invalid"
  | "voter_link_expired"
  | "minutes_not_ready"
  | "second_call_not_allowed"
  // Sales actions on a demo (answer as not_found / conflict).
  | "demo_not_found"
  | "demo_superseded"
  | "demo_without_expiry"
  | "demo_already_terminated"
  | "demo_already_converted"
  | "demo_purged"
  | "extension_limit_reached"
  | "extension_days_exceeded"
  | "extension_still_expired"
  | "terminate_not_active"
  | "reset_not_active"
  | "reissue_not_expired"
  | "reissue_converted"
  | "unknown_scenario"
  // Demo content clock and simulated assembly day (answer as forbidden / conflict).
  | "not_a_demo"
  | "time_travel_limit";

/** HTTP status of every code — the one table. */
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
  gone: 410,
  no_credits: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_unavailable: 503,
  database_unavailable: 503,
  email_unavailable: 503,
  internal_error: 500,

  invalid_email: 400,
  disposable_email: 400,
  origin_not_allowed: 403,
  body_too_large: 413,
  form_required: 415,

  sales_sign_in_required: 401,
  sales_team_only: 403,
  no_organization: 403,
  cron_token_invalid: 401,
  metrics_token_invalid: 401,

  demo_cap_reached: 503,
  demo_request_failed: 500,

  unit_not_found: 404,
  resident_not_found: 404,
  duplicate_resident_email: 409,
  last_owner: 409,
  assembly_not_found: 404,
  assembly_closed: 409,
  agenda_item_not_found: 404,
  item_without_vote: 409,
  assembly_not_started: 409,
  voting_not_open: 409,
  voting_closed: 409,
  proxy_self: 409,
  proxy_chain: 409,
  proxy_administrator: 409,
  vote_by_proxy_holder: 409,
  voter_link_invalid: 404,
  voter_link_expired: 410,
  minutes_not_ready: 409,
  second_call_not_allowed: 409,

  demo_not_found: 404,
  demo_superseded: 409,
  demo_without_expiry: 409,
  demo_already_terminated: 409,
  demo_already_converted: 409,
  demo_purged: 409,
  extension_limit_reached: 409,
  extension_days_exceeded: 409,
  extension_still_expired: 409,
  terminate_not_active: 409,
  reset_not_active: 409,
  reissue_not_expired: 409,
  reissue_converted: 409,
  unknown_scenario: 409,
  not_a_demo: 403,
  time_travel_limit: 409,
};

/**
 * The general code a precise code answers with in the JSON body (codes not listed answer with
 * themselves). Status and general code always agree: a 409 answers `conflict`, a 404 `not_found`…
 */
export const publicCodeOf: Partial<Record<AppErrorCode, AppErrorCode>> = {
  invalid_email: "validation_failed",
  disposable_email: "validation_failed",
  origin_not_allowed: "forbidden",
  body_too_large: "payload_too_large",
  form_required: "unsupported_media_type",
  sales_sign_in_required: "unauthorized",
  sales_team_only: "forbidden",
  no_organization: "forbidden",
  cron_token_invalid: "unauthorized",
  metrics_token_invalid: "unauthorized",
  demo_cap_reached: "service_unavailable",
  demo_request_failed: "internal_error",
  unit_not_found: "not_found",
  resident_not_found: "not_found",
  duplicate_resident_email: "conflict",
  last_owner: "conflict",
  assembly_not_found: "not_found",
  assembly_closed: "conflict",
  agenda_item_not_found: "not_found",
  item_without_vote: "conflict",
  assembly_not_started: "conflict",
  voting_not_open: "conflict",
  voting_closed: "conflict",
  proxy_self: "conflict",
  proxy_chain: "conflict",
  proxy_administrator: "conflict",
  vote_by_proxy_holder: "conflict",
  voter_link_invalid: "not_found",
  voter_link_expired: "gone",
  minutes_not_ready: "conflict",
  second_call_not_allowed: "conflict",
  demo_not_found: "not_found",
  demo_superseded: "conflict",
  demo_without_expiry: "conflict",
  demo_already_terminated: "conflict",
  demo_already_converted: "conflict",
  demo_purged: "conflict",
  extension_limit_reached: "conflict",
  extension_days_exceeded: "conflict",
  extension_still_expired: "conflict",
  terminate_not_active: "conflict",
  reset_not_active: "conflict",
  reissue_not_expired: "conflict",
  reissue_converted: "conflict",
  unknown_scenario: "conflict",
  not_a_demo: "forbidden",
  time_travel_limit: "conflict",
};

/** Values interpolated into the code's message (ICU arguments such as `{max}`, `{date}`). */
export type AppErrorParams = Record<string, string | number | Date>;

export type AppErrorOptions = {
  /** Field → problem codes, sent as `fields` (validation errors only). */
  details?: Record<string, string[]>;
  /** Seconds, sent as `Retry-After` with 429 and 503. */
  retryAfterSeconds?: number;
  /** ICU arguments of the code's message; a Date is worded as a long date in the request's language. */
  params?: AppErrorParams;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  readonly params?: AppErrorParams;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.params = options.params;
  }

  /** The HTTP status (`statusByCode`). */
  get status(): number {
    return statusByCode[this.code];
  }

  /** The code the JSON body carries (`publicCodeOf`, else the code itself). */
  get publicCode(): AppErrorCode {
    return publicCodeOf[this.code] ?? this.code;
  }
}
