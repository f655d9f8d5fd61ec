/**
 * Request header carrying the TCP peer's address, written by the app's own HTTP server for every
 * request (`src/instrumentation.ts`), overwriting whatever a client sent under that name. Next.js
 * route handlers and the proxy cannot see the socket otherwise: `next start` copies the peer into
 * `x-forwarded-for` only when the client sent none, so that header alone is the client's word.
 */
export const PEER_ADDRESS_HEADER = "x-assembly-peer-address";

/**
 * Request header naming a method the app never answers (TRACE, CONNECT, WebDAV verbs: anything outside
 * `ALLOWED_METHODS`), some of which Next.js cannot even turn into a `Request` and would answer with a
 * bare 500: `src/instrumentation-node.ts` records the method here and lets the request in as GET, and
 * the proxy (or, on a path it skips, the route's wrapper) answers it 405. Any value a client sends under
 * this name is removed first.
 */
export const REFUSED_METHOD_HEADER = "x-assembly-refused-method";
