import "server-only";

/**
 * A fresh CSP nonce: 128 random bits, base64 (Next's documented pattern, app/guides/content-security-policy).
 * Next reads it back from the request's `Content-Security-Policy` header (`'nonce-…'`) while rendering
 * and puts it on every framework and page script it emits.
 */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy for one response.
 * - scripts: only this origin's, plus those carrying `nonce` and whatever they load ('strict-dynamic');
 *   `'unsafe-eval'` only in development, where React rebuilds server error stacks with eval (Next docs).
 * - styles: `'unsafe-inline'` without a nonce, because the app sets `style` attributes (theme colour,
 *   animation delays) and a nonce would make browsers ignore `'unsafe-inline'`.
 * - `upgrade-insecure-requests` only when the site is served over https: on a plain-http origin (local
 *   runs, tests) it would point every subresource at an https port that does not exist.
 */
export function contentSecurityPolicy({ nonce, development, https }: { nonce: string; development: boolean; https: boolean }): string {
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`, https);
}

/**
 * The Content-Security-Policy of a page prerendered at build time (the public landing page), which
 * carries no nonce: the same bytes go to every visitor and may sit in a CDN.
 * - scripts: this origin's files (Next's hashed chunks; the app serves no user content) and the inline
 *   scripts whose SHA-256 is in `scriptHashes` (`staticPageScriptHashes`: the framework bootstrap and the
 *   page's serialized tree) — nothing injected later matches a hash;
 * - when the hashes are unknown (null: the host does not give the proxy the prerendered file),
 *   `'unsafe-inline'` instead, so that the page still works; the page renders no visitor input.
 * Every other directive is the strict policy's.
 */
export function staticPageContentSecurityPolicy({ scriptHashes, https }: { scriptHashes: string[] | null; https: boolean }): string {
  return policy(`script-src 'self' ${scriptHashes ? scriptHashes.join(" ") : "'unsafe-inline'"}`.trim(), https);
}

function policy(scriptSrc: string, https: boolean): string {
  const directives = [
    "default-src 'self'",
    scriptSrc,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
