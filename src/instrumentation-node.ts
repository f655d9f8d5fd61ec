// Node-only half of the instrumentation hook: loaded by src/instrumentation.ts on the Node.js runtime only,
// so the Edge compilation never sees `node:` imports.
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { PEER_ADDRESS_HEADER, REFUSED_METHOD_HEADER } from "@/server/http/peer-address-header";
import { isAllowedMethod } from "@/server/security/allowed-methods";
import { guardRequestBody } from "@/server/security/guard-request-body";

/**
 * Prepares every request the Node HTTP server receives, before Next.js sees it (docs/security.md):
 * - stamps its TCP peer's address in `x-assembly-peer-address`, overwriting any value the client sent:
 *   route handlers and the proxy have no other way to the socket, and `TRUST_PROXY=none` keys rate
 *   limits on it;
 * - a method the app never answers (TRACE, CONNECT, WebDAV verbs: not in `ALLOWED_METHODS`) comes in
 *   as GET with the real method in `x-assembly-refused-method`, so the proxy — or, on a path it skips,
 *   the route's wrapper (`src/server/http/without-proxy.ts`) — answers it 405, instead of Next answering
 *   a bare 500 (methods fetch cannot represent) or 400;
 * - bodies that lie about their size or never arrive are answered 413 / 408 (`guardRequestBody`).
 * Uses Node's `http.server.request.start` diagnostics channel, published for each request just before
 * the server's `request` event.
 */
export function prepareNodeRequests(): void {
  subscribe("http.server.request.start", (message) => {
    const { request, response, socket } = message as {
      request: IncomingMessage;
      response: ServerResponse;
      socket: { remoteAddress?: string };
    };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
    delete request.headers[REFUSED_METHOD_HEADER];
    if (request.method && !isAllowedMethod(request.method)) {
      request.headers[REFUSED_METHOD_HEADER] = request.method;
      request.method = "GET";
    }
    guardRequestBody(request, response);
  });
}
