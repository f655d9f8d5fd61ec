// Runs once when a Next.js server starts (Next's instrumentation hook).
import { PEER_ADDRESS_HEADER } from "@/server/http/peer-address-header";

/**
 * Stamps every request the Node HTTP server receives with its TCP peer's address
 * (`x-assembly-peer-address`, overwriting any value the client sent), before Next.js sees it: route
 * handlers and the proxy have no other way to the socket, and `TRUST_PROXY=none` keys rate limits on
 * it (docs/security.md "Client address"). Uses Node's `http.server.request.start` diagnostics channel,
 * published for each request just before the server's `request` event.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { subscribe } = await import("node:diagnostics_channel");
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as {
      request: { headers: Record<string, string | string[] | undefined> };
      socket: { remoteAddress?: string };
    };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? "";
  });
}
