import "server-only";

/**
 * The HTTP methods the app answers on some URL (pages: GET/HEAD; APIs: also POST, PUT, PATCH,
 * DELETE; OPTIONS for preflights). Anything else — TRACE, CONNECT, WebDAV verbs, made-up ones — is
 * refused by the proxy with 405 before Next.js routes it (OWASP ASVS V13.1: only the methods in use).
 */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** True for a method in `ALLOWED_METHODS` (methods are case-sensitive: "get" is not GET). */
export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method);
}
