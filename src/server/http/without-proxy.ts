import "server-only";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { resolveLocale } from "@/lib/i18n";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { ALLOWED_METHODS, isAllowedMethod } from "@/server/security/allowed-methods";
import { contentSecurityPolicy, createNonce } from "@/server/security/content-security-policy";
import { guardApiRequest } from "@/server/security/guard-api-request";
import { isHttpsRequest, setSecurityHeaders } from "@/server/security/security-headers";
import { AppError } from "./app-error";
import { REFUSED_METHOD_HEADER } from "./peer-address-header";
import { errorResponse } from "./respond";

/**
 * API paths the proxy does not run on (`src/proxy.ts`, `config.matcher`): the public demo request,
 * which a campaign sends in bursts. Running the proxy costs Next.js ~1–2 ms of CPU per request (its
 * own request and response plumbing, not our checks), about a fifth of the route's own cost
 * (docs/scale.md); the route's wrapper does the same checks and sets the same headers itself
 * (`refuseWithoutProxy`, `finishWithoutProxy`). Keep this list and the matcher in step.
 */
export const PATHS_WITHOUT_PROXY = ["/api/demo/request"] as const;

/**
 * The proxy's refusals for a request it did not see: 405 `method_not_allowed` for a method the app
 * never answers (`src/instrumentation-node.ts` brings TRACE, TRACK and CONNECT in as GET, naming the
 * real one in `x-assembly-refused-method`), then `guardApiRequest`'s checks (cross-site write 403,
 * body over 8 KB 413, body too slow 408, undecodable path 404).
 * @returns the JSON error response, or null to let the request through.
 */
export async function refuseWithoutProxy(request: NextRequest): Promise<Response | null> {
  const method = request.headers.get(REFUSED_METHOD_HEADER) ?? request.method;
  if (!isAllowedMethod(method)) {
    const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
    const refusal = errorResponse(new AppError("method_not_allowed"), locale);
    refusal.headers.set("Allow", ALLOWED_METHODS.join(", "));
    return refusal;
  }
  return guardApiRequest(request);
}

/**
 * The headers the proxy puts on every response, for a route it did not run on: the security headers
 * with a content security policy of their own (docs/security.md) — `X-Request-Id` is set by `apiRoute`.
 * @param headers the response's headers, changed in place.
 */
export function finishWithoutProxy(request: NextRequest, headers: Headers): void {
  const https = env.NODE_ENV === "production" && isHttpsRequest(request.headers, request.nextUrl);
  const csp = contentSecurityPolicy({ nonce: createNonce(), development: env.NODE_ENV === "development", https });
  setSecurityHeaders(headers, { csp, hsts: https });
}
