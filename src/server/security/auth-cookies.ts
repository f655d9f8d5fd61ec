import "server-only";
import type { NextRequest } from "next/server";

/** next-auth 4's callback-URL cookie, over http and over https. */
const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];
/** next-auth 4's CSRF cookie, over http and over https: `<64 hex>|<64 hex>`. */
const CSRF_COOKIES = ["next-auth.csrf-token", "__Host-next-auth.csrf-token"];
const CSRF_VALUE = /^[0-9a-f]{64}\|[0-9a-f]{64}$/;

/**
 * next-auth cookies whose value next-auth cannot take: a callback URL that is neither a path nor an
 * absolute http(s) URL (`javascript:…`, `ftp://x`, `http://[::1`), which next-auth 4 refuses with a 500
 * on every page and API that reads the session, or a CSRF cookie not shaped as next-auth writes it.
 * A browser only holds such a cookie when someone planted it (a sibling subdomain, a hostile script),
 * so the proxy drops them from the request and expires them (docs/security.md "Auth cookies").
 * @returns the names of the hostile cookies present in `request` (empty when none).
 */
export function hostileAuthCookies(request: NextRequest): string[] {
  const hostile: string[] = [];
  for (const name of CALLBACK_URL_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value !== undefined && !isNextAuthCallbackUrl(value)) hostile.push(name);
  }
  for (const name of CSRF_COOKIES) {
    const value = request.cookies.get(name)?.value;
    if (value !== undefined && !CSRF_VALUE.test(value)) hostile.push(name);
  }
  return hostile;
}

/**
 * `Set-Cookie` values that make the browser forget `names` (Max-Age=0 on path /, `Secure` for the
 * `__Secure-` and `__Host-` prefixed ones, which browsers only accept with it).
 */
export function expiredCookies(names: string[]): string[] {
  return names.map((name) => {
    const secure = name.startsWith("__Secure-") || name.startsWith("__Host-") ? "; Secure" : "";
    return `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure}`;
  });
}

/** next-auth 4's own test (core/lib/assert.js `isValidHttpUrl`): a path, or an absolute http(s) URL. */
export function isNextAuthCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://localhost" : undefined).protocol);
  } catch {
    return false;
  }
}
