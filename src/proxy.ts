// Runs before every route (Next 16 `proxy.ts`, formerly middleware): security headers with a
// per-request CSP nonce on every response, and the origin and body-size checks on API writes.
import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { contentSecurityPolicy, createNonce } from "@/server/security/content-security-policy";
import { guardApiRequest } from "@/server/security/guard-api-request";
import { isHttpsRequest, setSecurityHeaders } from "@/server/security/security-headers";

export async function proxy(request: NextRequest): Promise<Response> {
  const nonce = createNonce();
  const https = env.NODE_ENV === "production" && isHttpsRequest(request.headers, request.nextUrl);
  const csp = contentSecurityPolicy({ nonce, development: env.NODE_ENV === "development", https });

  const refusal = await guardApiRequest(request);
  if (refusal) {
    setSecurityHeaders(refusal.headers, { csp, hsts: https });
    return refusal;
  }

  // Next reads the nonce from the request's CSP header while rendering and stamps it on its scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  setSecurityHeaders(response.headers, { csp, hsts: https });
  return response;
}

export const config = {
  // Everything but Next's immutable build assets (hashed JS/CSS) and image optimizer: pages need the
  // nonce, and every API route needs the checks.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
