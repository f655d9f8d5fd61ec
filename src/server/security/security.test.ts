import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { bodySizeProblem } from "./body-size";
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

describe("bodySizeProblem", () => {
  const chunked = (bytes: number) =>
    new Request("http://x.test", { method: "POST", body: new Blob(["x".repeat(bytes)]).stream(), duplex: "half" } as RequestInit);
  const check = (request: Request, deadlineMs = 1_000) => bodySizeProblem(request, 8192, deadlineMs);

  it("uses Content-Length when declared, without reading, and counts a chunked body otherwise", async () => {
    const neverArrives = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => {}) });
    const declared = new Request("http://x.test", {
      method: "POST",
      headers: { "content-length": String(100 * 1024 * 1024) },
      body: neverArrives,
      duplex: "half",
    } as RequestInit);
    expect(await check(declared)).toBe("too_large");
    expect(await check(new Request("http://x.test", { method: "POST", body: "x".repeat(8192) }))).toBeNull();
    expect(await check(chunked(8193))).toBe("too_large");
    expect(await check(chunked(100))).toBeNull();
    expect(await check(new Request("http://x.test"))).toBeNull();
  });

  it("gives up on a chunked body that does not end within the deadline", async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode("{")),
      pull: () => new Promise(() => {}),
    });
    const request = new Request("http://x.test", { method: "POST", body: stalled, duplex: "half" } as RequestInit);
    const startedAt = Date.now();
    expect(await check(request, 200)).toBe("too_slow");
    expect(Date.now() - startedAt).toBeLessThan(2_000);
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
    expect(problem("/api/auth/error?error=%E2%82%AC")).toBe("invalid_parameter");
    expect(problem("/api/auth/error/%0D%0Ax")).toBe("invalid_parameter");
    expect(problem("/api/auth/callback/otp")).toBe("callback_method");
  });
});
