import "server-only";

/** Two years, the HSTS preload list's minimum. */
const HSTS_MAX_AGE_S = 63_072_000;

/**
 * Sets the headers every response carries (issue "abuse and input hardening" §1) on `headers`.
 * HSTS only when `hsts` is true (production over https), so a local http origin is never pinned.
 */
export function setSecurityHeaders(headers: Headers, { csp, hsts }: { csp: string; hsts: boolean }): void {
  headers.set("Content-Security-Policy", csp);
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (hsts) headers.set("Strict-Transport-Security", `max-age=${HSTS_MAX_AGE_S}; includeSubDomains`);
}

/**
 * True when the request reached the edge over https: the first `x-forwarded-proto` hop (set by
 * Vercel and most proxies), else the URL's own scheme.
 */
export function isHttpsRequest(headers: Headers, url: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return (forwarded || url.protocol.replace(/:$/, "")) === "https";
}
