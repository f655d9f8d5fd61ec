import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { staticPageContentSecurityPolicy } from "./content-security-policy";
import { staticPageOf } from "./static-pages";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://app.test${path}`, init);

describe("staticPageOf", () => {
  it("rewrites GET and HEAD / to the landing page in the visitor's language", () => {
    expect(staticPageOf(request("/"))).toEqual({ route: "/es", rewrite: true });
    expect(staticPageOf(request("/", { headers: { "accept-language": "en-US,en;q=0.9" } }))).toEqual({ route: "/en", rewrite: true });
    expect(staticPageOf(request("/", { headers: { "accept-language": "en-US", cookie: "locale=es" } }))).toEqual({
      route: "/es",
      rewrite: true,
    });
    expect(staticPageOf(request("/", { method: "HEAD", headers: { cookie: "locale=en" } }))).toEqual({ route: "/en", rewrite: true });
  });

  it("rewrites /privacidad to the privacy notice in the visitor's language, and serves /es/privacidad as it is", () => {
    expect(staticPageOf(request("/privacidad", { headers: { cookie: "locale=en" } }))).toEqual({ route: "/en/privacidad", rewrite: true });
    expect(staticPageOf(request("/privacidad"))).toEqual({ route: "/es/privacidad", rewrite: true });
    expect(staticPageOf(request("/es/privacidad"))).toEqual({ route: "/es/privacidad", rewrite: false });
    expect(staticPageOf(request("/privacidad/x"))).toBeNull();
  });

  it("serves /es and /en as they are, and nothing else", () => {
    expect(staticPageOf(request("/en"))).toEqual({ route: "/en", rewrite: false });
    expect(staticPageOf(request("/", { method: "POST" }))).toBeNull();
    for (const path of ["/login", "/demo", "/fr", "/es/x", "/dashboard/admin-ph"]) expect(staticPageOf(request(path))).toBeNull();
  });
});

describe("staticPageContentSecurityPolicy", () => {
  it("allows this origin and the given hashes, without a nonce, eval or strict-dynamic", () => {
    const csp = staticPageContentSecurityPolicy({ scriptHashes: ["'sha256-abc='", "'sha256-def='"], https: false });
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def=';");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).not.toMatch(/nonce|unsafe-eval|unsafe-inline|strict-dynamic/);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(staticPageContentSecurityPolicy({ scriptHashes: [], https: true })).toMatch(/script-src 'self';.*upgrade-insecure-requests$/);
  });

  it("falls back to inline scripts when the hashes are unknown", () => {
    expect(staticPageContentSecurityPolicy({ scriptHashes: null, https: false })).toContain("script-src 'self' 'unsafe-inline';");
  });
});
