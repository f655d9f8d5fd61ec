/**
 * Request header carrying the TCP peer's address, written by the app's own HTTP server for every
 * request (`src/instrumentation.ts`), overwriting whatever a client sent under that name. Next.js
 * route handlers and the proxy cannot see the socket otherwise: `next start` copies the peer into
 * `x-forwarded-for` only when the client sent none, so that header alone is the client's word.
 */
export const PEER_ADDRESS_HEADER = "x-assembly-peer-address";
