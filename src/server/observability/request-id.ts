/** The request header the proxy forwards the id in; the response carries it as `X-Request-Id`. */
export const REQUEST_ID_HEADER = "x-request-id";

/** What an incoming id may look like to be reused: a short token that is safe in a header and a log. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of one request: the caller's `x-request-id` when it is a short safe token (8–128 characters
 * of letters, digits, `.`, `_`, `:`, `-` — what load balancers and tracing headers send), so logs line up
 * with the caller's; otherwise a new random UUID. Anything else (spaces, quotes, CR/LF, very long
 * values) is replaced rather than echoed, so it can neither forge log lines nor bloat headers.
 */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
