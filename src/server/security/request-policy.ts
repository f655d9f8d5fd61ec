import "server-only";
import type { NextRequest } from "next/server";
import { env } from "@/env";
import { resolveLocale } from "@/lib/i18n";
import { AppError } from "@/server/http/app-error";
import { REFUSED_METHOD_HEADER } from "@/server/http/peer-address-header";
import { errorResponse } from "@/server/http/respond";
import { LOCALE_COOKIE } from "@/server/i18n/get-request-locale";
import { ALLOWED_METHODS, isAllowedMethod } from "./allowed-methods";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";
import { isHttpsRequest } from "./security-headers";

/**
 * What the security headers of one request's response depend on (docs/security.md): whether it came over
 * https in production (HSTS, `upgrade-insecure-requests`), a fresh nonce, and the strict policy built on it.
 * Shared by the proxy and by the routes it skips (`src/server/http/without-proxy.ts`).
 */
export function requestSecurityPolicy(request: NextRequest): { https: boolean; nonce: string; csp: string } {
  const https = env.NODE_ENV === "production" && isHttpsRequest(request.headers, request.nextUrl);
  const nonce = createNonce();
  return { https, nonce, csp: contentSecurityPolicy({ nonce, development: env.NODE_ENV === "development", https }) };
}

/**
 * 405 JSON `method_not_allowed`, worded by the `locale` cookie then Accept-Language, with `Allow`.
 * @param allow the methods to name in `Allow` (default: every method the app answers somewhere).
 */
export function methodNotAllowed(request: NextRequest, allow: readonly string[] = ALLOWED_METHODS): Response {
  const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get("accept-language"));
  const refusal = errorResponse(new AppError("method_not_allowed"), locale);
  refusal.headers.set("Allow", allow.join(", "));
  return refusal;
}

/**
 * The refusal of a method the app never answers (OWASP ASVS V13.1): the request's own, or the one
 * `src/instrumentation-node.ts` marked in `x-assembly-refused-method` before letting it in as GET.
 * @returns the 405 response, or null for a method the app answers.
 */
export function refuseUnansweredMethod(request: NextRequest): Response | null {
  return isAllowedMethod(request.headers.get(REFUSED_METHOD_HEADER) ?? request.method) ? null : methodNotAllowed(request);
}
