import "server-only";

/**
 * True when a browser says the request comes from another site: an `Origin` header whose host differs
 * from the host the request was sent to (`x-forwarded-host`, then `Host`; both count, since a browser
 * cannot set `x-forwarded-host` on a cross-site request without a CORS preflight this app never grants).
 * A missing `Origin` (curl, server-to-server, tests) is not cross-origin; `Origin: null`, a malformed
 * value or a non-http(s) scheme is. Default ports are ignored ("example.com:443" = "https://example.com").
 */
export function isCrossOriginRequest(headers: Headers, url: URL): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return true;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return true;
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const hosts = [forwardedHost, headers.get("host")?.trim()].filter((h): h is string => Boolean(h));
  if (hosts.length === 0) hosts.push(url.host);
  return !hosts.some((host) => normalizeHost(host, parsed.protocol) === parsed.host);
}

/** `host` as a URL of `protocol` would spell it (lower case, default port dropped); "" when invalid. */
function normalizeHost(host: string, protocol: string): string {
  try {
    const url = new URL(`${protocol}//${host}`);
    return url.pathname === "/" && !url.username && !url.password ? url.host : "";
  } catch {
    return "";
  }
}
