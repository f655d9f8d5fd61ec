// Runs before every route (Next 16 `proxy.ts`, formerly middleware): a request id and security headers
// with a per-request CSP nonce on every response, 405 for methods the app never answers, hostile
// next-auth cookies dropped and expired, the origin and body-size checks on API writes, and the demo
// tag on dashboard pages (docs/security.md). The landing page is the exception: it is prerendered at
// build time, so it gets a CSP built from the hashes of its inline scripts instead of a nonce, and a
// Cache-Control that lets a CDN keep it (docs/performance.md).
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { DEMO_TENANT_HEADER } from "@/server/observability/demo-tenant-header";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/server/observability/request-id";
import { sessionDemoTenant } from "@/server/observability/session-demo-tenant";
import { staticPageContentSecurityPolicy } from "@/server/security/content-security-policy";
import { expiredCookies, hostileAuthCookies } from "@/server/security/auth-cookies";
import { guardApiRequest } from "@/server/security/guard-api-request";
import { refuseUnansweredMethod, requestSecurityPolicy } from "@/server/security/request-policy";
import { setSecurityHeaders } from "@/server/security/security-headers";
import { STATIC_PAGE_CACHE_CONTROL, staticPageOf } from "@/server/security/static-pages";
import { staticPageScriptHashes } from "@/server/security/static-page-script-hashes";

function isDashboardPath(pathname: string) {
  return pathname === "/dashboard" || pathname.startsWith("/dashboard/");
}

export async function proxy(request: NextRequest): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const { https, nonce, csp } = requestSecurityPolicy(request);

  const finish = (response: Response): Response => {
    setSecurityHeaders(response.headers, { csp, hsts: https });
    response.headers.set("X-Request-Id", requestId);
    for (const cookie of expiredCookies(hostile)) response.headers.append("Set-Cookie", cookie);
    return response;
  };

  // A planted next-auth cookie next-auth cannot take would turn every page into a 500: the request
  // goes on without it, and the response tells the browser to forget it.
  const hostile = hostileAuthCookies(request);
  for (const name of hostile) request.cookies.delete(name);

  const refusedMethod = refuseUnansweredMethod(request);
  if (refusedMethod) return finish(refusedMethod);

  const staticPage = staticPageOf(request);
  // `next dev` renders every page per request, so there the landing page keeps the nonce policy.
  if (staticPage && env.NODE_ENV === "production") {
    const response = await serveStaticPage(request, staticPage, requestId, https);
    if (hostile.length === 0) return response;
    // Clearing a planted cookie is per visitor: such a response must never be kept by a shared cache.
    for (const cookie of expiredCookies(hostile)) response.headers.append("Set-Cookie", cookie);
    response.headers.set("Cache-Control", "private, no-store");
    return response;
  }

  const refusal = await guardApiRequest(request);
  if (refusal) return finish(refusal);

  // Next reads the nonce from the request's CSP header while rendering and stamps it on its scripts;
  // route handlers and pages read the request id to put it on their log lines.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = finish(
    staticPage?.rewrite
      ? NextResponse.rewrite(new URL(staticPage.route, request.url), { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } }),
  );
  // Pages cannot set response headers, so the demo tag of the PH admin pages comes from the session's
  // JWT here (it names the session's organization; the page re-checks access from the database).
  // Tenant APIs are tagged by `apiRoute` from the organization `withDemoOrg` resolved.
  if (isDashboardPath(request.nextUrl.pathname)) {
    const demoTenant = await sessionDemoTenant(request);
    if (demoTenant) response.headers.set(DEMO_TENANT_HEADER, demoTenant);
  }
  return response;
}

/**
 * A page prerendered at build time: rewritten to the visitor's language when asked for as `/`, with the
 * hash-based CSP (no nonce: the bytes are the same for everyone) and a Cache-Control a CDN may keep.
 * The language is picked here, before any cache: Vercel runs the proxy ahead of its CDN, so the cache
 * key is the rewritten path (/es, /en) and no `Vary: Cookie` (which Vercel refuses to cache) is needed.
 */
async function serveStaticPage(request: NextRequest, page: { route: string; rewrite: boolean }, requestId: string, https: boolean) {
  const csp = staticPageContentSecurityPolicy({ scriptHashes: await staticPageScriptHashes(page.route), https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = page.rewrite
    ? NextResponse.rewrite(new URL(page.route, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response.headers, { csp, hsts: https });
  response.headers.set("Cache-Control", STATIC_PAGE_CACHE_CONTROL);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (hashed JS/CSS) and image optimizer — pages need the
  // nonce, and every API route needs the checks — and PATHS_WITHOUT_PROXY (src/server/http/without-proxy.ts),
  // whose route wrapper makes the same checks and sets the same headers at less cost.
  matcher: ["/((?!_next/static|_next/image|api/demo/request$).*)"],
};
