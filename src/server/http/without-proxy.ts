import "server-only";
import type { NextRequest } from "next/server";
import { guardApiRequest } from "@/server/security/guard-api-request";
import { refuseUnansweredMethod, requestSecurityPolicy } from "@/server/security/request-policy";
import { setSecurityHeaders } from "@/server/security/security-headers";

/**
 * API paths the proxy does not run on (`src/proxy.ts`, `config.matcher`): the public demo request,
 * which a campaign sends in bursts. Running the proxy costs Next.js ~1–2 ms of CPU per request (its
 * own request and response plumbing, not our checks), about a fifth of the route's own cost
 * (docs/scale.md); the route's wrapper does the same checks and sets the same headers itself
 * (`refuseWithoutProxy`, `finishWithoutProxy`), with the proxy's own functions. Keep this list and the
 * matcher in step.
 */
export const PATHS_WITHOUT_PROXY = ["/api/demo/request"] as const;

/**
 * The proxy's refusals for a request it did not see: 405 for a method the app never answers
 * (`refuseUnansweredMethod`), then `guardApiRequest`'s checks (cross-site write 403, body over 8 KB
 * 413, body too slow 408, undecodable path 404).
 * @returns the JSON error response, or null to let the request through.
 */
export async function refuseWithoutProxy(request: NextRequest): Promise<Response | null> {
  return refuseUnansweredMethod(request) ?? (await guardApiRequest(request));
}

/**
 * The headers the proxy puts on every response, for a route it did not run on: the security headers
 * with a content security policy of their own (docs/security.md) and `X-Request-Id`.
 * @param headers the response's headers, changed in place.
 */
export function finishWithoutProxy(request: NextRequest, headers: Headers, requestId: string): void {
  const { csp, https } = requestSecurityPolicy(request);
  setSecurityHeaders(headers, { csp, hsts: https });
  headers.set("X-Request-Id", requestId);
}
