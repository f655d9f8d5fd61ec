import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { exceedsBodySize } from "./body-size";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";
import { nextAuthInputProblem } from "./next-auth-input";
import { isCrossOriginRequest } from "./same-origin";
import { isHttpsRequest } from "./security-headers";

const url = new URL("http://app.test:3000/api/demo/request");
function crossOrigin(headers: Record<string, string>) {
  return isCrossOriginRequest(new Headers(headers), url);
}

describe("isCrossOriginRequest", () => {
  it("lets requests without Origin and same-host origins through", () => {
    expect(crossOrigin({ host: "app.test:3000" })).toBe(false);
    expect(crossOrigin({ host: "app.test:3000", origin: "http://app.test:3000" })).toBe(false);
    expect(crossOrigin({ host: "APP.test:3000", origin: "http://app.test:3000" })).toBe(false);
    expect(crossOrigin({ host: "demo.test:443", origin: "https://demo.test" })).toBe(false);
    expect(crossOrigin({ host: "internal:3000", "x-forwarded-host": "demo.test", origin: "https://demo.test" })).toBe(false);
  });

  it("refuses other hosts, other ports, null, malformed and non-web origins", () => {
    for (const origin of [
      "https://evil.test",
      "http://app.test:3001",
      "http://app.test.evil.test:3000",
      "null",
      "",
      "not a url",
      "file:///x",
      "chrome-extension://app.test:3000",
    ]) {
      expect({ origin, cross: crossOrigin({ host: "app.test:3000", origin }) }).toEqual({ origin, cross: true });
    }
    expect(crossOrigin({ host: "app.test:3000/evil", origin: "http://app.test:3000" })).toBe(true);
    expect(crossOrigin({ host: "user@app.test:3000", origin: "http://app.test:3000" })).toBe(true);
  });
});

describe("contentSecurityPolicy", () => {
  it("carries the nonce, eval only in development, the https upgrade only over https", () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(nonce);
    const prod = contentSecurityPolicy({ nonce, development: false, https: false });
    expect(prod).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    expect(prod).not.toMatch(/unsafe-eval|upgrade-insecure-requests/);
    expect(contentSecurityPolicy({ nonce, development: true, https: true })).toMatch(
      /'strict-dynamic' 'unsafe-eval';.*upgrade-insecure-requests$/,
    );
  });
});

describe("isHttpsRequest", () => {
  it("trusts the first x-forwarded-proto hop, else the URL scheme", () => {
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "https, http" }), url)).toBe(true);
    expect(isHttpsRequest(new Headers({ "x-forwarded-proto": "http" }), new URL("https://x.test"))).toBe(false);
    expect(isHttpsRequest(new Headers(), new URL("https://x.test"))).toBe(true);
    expect(isHttpsRequest(new Headers(), url)).toBe(false);
  });
});

describe("exceedsBodySize", () => {
  const chunked = (bytes: number) =>
    new Request("http://x.test", { method: "POST", body: new Blob(["x".repeat(bytes)]).stream(), duplex: "half" } as RequestInit);

  it("uses Content-Length when declared and counts a chunked body otherwise", async () => {
    expect(await exceedsBodySize(new Request("http://x.test", { method: "POST", headers: { "content-length": "8193" } }), 8192)).toBe(true);
    expect(await exceedsBodySize(new Request("http://x.test", { method: "POST", body: "x".repeat(8192) }), 8192)).toBe(false);
    expect(await exceedsBodySize(chunked(8193), 8192)).toBe(true);
    expect(await exceedsBodySize(chunked(100), 8192)).toBe(false);
    expect(await exceedsBodySize(new Request("http://x.test"), 8192)).toBe(false);
  });
});

describe("nextAuthInputProblem", () => {
  const problem = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
    nextAuthInputProblem(new NextRequest(`http://app.test${path}`, init));

  it("lets next-auth's own traffic and the app's /api/auth/otp routes through", () => {
    expect(problem("/api/auth/session")).toBeNull();
    expect(problem("/api/auth/session?callbackUrl=%2Fdashboard")).toBeNull();
    expect(problem("/api/auth/signin?callbackUrl=http%3A%2F%2Fapp.test%2Fx&error=%E2%82%AC")).toBeNull();
    expect(
      problem("/api/auth/callback/otp", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded;charset=UTF-8" } }),
    ).toBeNull();
    expect(problem("/api/auth/error?error=CredentialsSignin")).toBeNull();
    expect(problem("/api/auth/otp/request", { method: "POST", headers: { "content-type": "application/json" } })).toBeNull();
  });

  it("names what next-auth would answer with a 500", () => {
    expect(problem("/api/auth/csrf", { method: "POST", headers: { "content-type": "application/json" } })).toBe("form_required");
    expect(problem("/api/auth/session?callbackUrl=x")).toBe("invalid_parameter");
    expect(problem("/api/auth/session", { headers: { cookie: "next-auth.callback-url=javascript%3Ax" } })).toBe("invalid_parameter");
    expect(problem("/api/auth/error?error=%E2%82%AC")).toBe("invalid_parameter");
    expect(problem("/api/auth/error/%0D%0Ax")).toBe("invalid_parameter");
    expect(problem("/api/auth/callback/otp")).toBe("callback_method");
  });
});
