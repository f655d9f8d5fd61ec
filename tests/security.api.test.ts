// Abuse and input hardening, against the running app: security headers and the CSP nonce on every
// response, the proxy's origin and body-size checks on API writes, and error bodies without internals.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, ownerQuery, postJson, randomEmail, randomIp } from "./support/app";
import { leaksIn } from "./support/leaks";

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${appUrl()}${path}`, { redirect: "manual", headers: { "x-forwarded-for": randomIp(), ...headers } });

const cspOf = (res: Response) => res.headers.get("content-security-policy") ?? "";
const nonceOf = (res: Response) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(cspOf(res))?.[1];

/**
 * The headers every response carries (served over plain http). The landing page, prerendered at build
 * time, has hashes of its inline scripts where other pages have a nonce (tests/static-pages.api.test.ts).
 */
function expectSecurityHeaders(res: Response, { prerendered = false } = {}): void {
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("x-frame-options")).toBe("DENY");
  expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(res.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
  expect(res.headers.get("strict-transport-security")).toBeNull();
  const csp = cspOf(res);
  expect(csp).toMatch(
    prerendered
      ? /(^|; )script-src 'self'( 'sha256-[A-Za-z0-9+/=]{44}')+(;|$)/
      : /(^|; )script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'(;|$)/,
  );
  const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));
  expect(directives).toMatchObject({
    "default-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
  });
  // A production build: no eval, and no https upgrade on a plain-http origin.
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toContain("upgrade-insecure-requests");
}

describe("security headers", () => {
  it("are on pages, API answers, 404s and the proxy's own refusals", async () => {
    const responses = await Promise.all([
      get("/"),
      get("/login"),
      get("/api/auth/session"),
      postJson("/api/demo/request", { email: "x" }),
      get("/no-such-page"),
      get("/api/no-such-route"),
      postJson("/api/demo/request", {}, { headers: { origin: "https://evil.example" } }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 400, 404, 404, 403]);
    responses.forEach((res, i) => expectSecurityHeaders(res, { prerendered: i === 0 }));
  });

  it("pin HTTPS (HSTS, upgrade-insecure-requests) only when the request came over https", async () => {
    const res = await get("/login", { "x-forwarded-proto": "https" });
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(cspOf(res)).toContain("upgrade-insecure-requests");
    expect((await get("/login", { "x-forwarded-proto": "http" })).headers.get("strict-transport-security")).toBeNull();
  });

  it("give each page rendered per request a fresh CSP nonce that every <script> tag carries", async () => {
    const [a, b] = await Promise.all([get("/demo"), get("/demo")]);
    const [nonceA, nonceB] = [nonceOf(a), nonceOf(b)];
    expect(nonceA).toBeTruthy();
    expect(nonceA).not.toBe(nonceB);
    for (const [res, nonce] of [
      [a, nonceA],
      [b, nonceB],
    ] as const) {
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    }
    const login = await get("/login");
    const scripts = (await login.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.every((tag) => tag.includes(`nonce="${nonceOf(login)}"`))).toBe(true);
  });
});

describe("origin check on API writes", () => {
  it("refuses a cross-origin POST with 403 before anything is stored", async () => {
    const email = randomEmail("csrf");
    const res = await postJson("/api/demo/request", { email, profile: "admin_ph" }, { headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/^Origen no permitido/) } });
    const stored = await ownerQuery(
      "SELECT (SELECT count(*) FROM users WHERE email = $1)::int + (SELECT count(*) FROM platform_leads WHERE email = $1)::int AS n",
      [email],
    );
    expect(stored[0]!.n).toBe(0);
  });

  it("answers in the caller's language and refuses Origin: null, other ports and non-web schemes", async () => {
    const english = await postJson(
      "/api/auth/otp/request",
      { email: randomEmail() },
      { headers: { origin: "https://evil.example", "accept-language": "en-US" } },
    );
    expect(await english.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/^Origin not allowed/) } });
    const { host, port } = new URL(appUrl());
    for (const origin of ["null", `http://${host.replace(/:\d+$/, "")}:${Number(port) + 1}`, "chrome-extension://abc", "not a url"]) {
      const res = await postJson("/api/auth/otp/request", { email: randomEmail() }, { headers: { origin } });
      expect({ origin, status: res.status }).toEqual({ origin, status: 403 });
    }
  });

  it("guards next-auth's own routes (login CSRF) and every write method, before authentication", async () => {
    const form = new URLSearchParams({ email: randomEmail(), code: "123456", csrfToken: "x", json: "true" });
    const callback = await fetch(`${appUrl()}/api/auth/callback/otp`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: form,
    });
    expect(callback.status).toBe(403);
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const res = await fetch(`${appUrl()}/api/residents/00000000-0000-4000-8000-000000000000`, {
        method,
        headers: { origin: "https://evil.example" },
      });
      expect({ method, status: res.status }).toEqual({ method, status: 403 });
    }
  });

  it("lets same-origin writes, requests without Origin and cross-origin reads through", async () => {
    const email = randomEmail("same-origin");
    const res = await postJson("/api/demo/request", { email, profile: "admin_ph" }, { headers: { origin: appUrl() } });
    expect(res.status).toBe(201);
    expect(await ownerQuery("SELECT 1 FROM users WHERE email = $1", [email])).toHaveLength(1);

    // Behind a proxy the browser's Origin names the public host, which arrives as x-forwarded-host.
    const proxied = await postJson(
      "/api/auth/otp/request",
      { email: randomEmail() },
      { headers: { origin: "https://demo.assembly.test", "x-forwarded-host": "demo.assembly.test" } },
    );
    expect(proxied.status).toBe(200);
    expect((await postJson("/api/auth/otp/request", { email: randomEmail() })).status).toBe(200);
    expect((await get("/api/auth/session", { origin: "https://evil.example" })).status).toBe(200);
  });
});

describe("body-size limit on API writes", () => {
  const padded = (bytes: number) => JSON.stringify({ email: randomEmail(), pad: "x".repeat(bytes) }).slice(0, bytes);

  it("answers 413 for a body over 8 KB on the app's routes and on next-auth's", async () => {
    const big = await postJson("/api/auth/otp/request", JSON.stringify({ email: randomEmail(), pad: "x".repeat(9_000) }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: "payload_too_large", message: expect.stringContaining("demasiado grande") } });

    const form = new URLSearchParams({ email: randomEmail(), code: "123456", csrfToken: "x", json: "true", pad: "x".repeat(9_000) });
    const callback = await fetch(`${appUrl()}/api/auth/callback/otp`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": randomIp(), "accept-language": "en" },
      body: form,
    });
    expect(callback.status).toBe(413);
    expect(await callback.json()).toEqual({ error: { code: "payload_too_large", message: expect.stringContaining("too large") } });
  });

  it("counts the bytes of a chunked body that declares no Content-Length", async () => {
    const chunk = new TextEncoder().encode("email=a%40example.com&pad=" + "x".repeat(1_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 12) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await fetch(`${appUrl()}/api/auth/callback/otp`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": randomIp() },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("lets exactly 8 KB through to the route", async () => {
    const res = await postJson("/api/auth/otp/request", padded(8 * 1024));
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });
});

describe("input Next and next-auth would answer with a 500", () => {
  const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it("answers 404 for an API path with malformed percent-encoding", async () => {
    for (const path of ["/api/units/%zz", "/api/residents/%E0%A4%A", "/api/auth/%zz"]) {
      const res = await get(path);
      expect({ path, status: res.status, code: await errorOf(res) }).toEqual({ path, status: 404, code: "not_found" });
    }
  });

  it("takes only forms on next-auth's POST routes (415 for JSON and other types)", async () => {
    for (const [type, body] of [
      ["application/json", ""],
      ["application/json", '{"callbackUrl":[]}'],
      ["text/xml", "<a/>"],
    ]) {
      const res = await fetch(`${appUrl()}/api/auth/csrf`, {
        method: "POST",
        headers: { "content-type": type!, "x-forwarded-for": randomIp() },
        body,
      });
      expect({ type, status: res.status, code: await errorOf(res) }).toEqual({ type, status: 415, code: "unsupported_media_type" });
    }
  });

  it("answers 400 for a callbackUrl next-auth would reject as a server misconfiguration, and keeps valid ones working", async () => {
    expect((await get("/api/auth/session?callbackUrl=x")).status).toBe(400);
    // The same value planted as a cookie is dropped and expired instead (tests/security-edges.api.test.ts).
    const planted = await get("/api/auth/session", { cookie: "next-auth.callback-url=..%5Cevil" });
    expect(planted.status).toBe(200);
    expect(planted.headers.getSetCookie().some((c) => c.startsWith("next-auth.callback-url=;"))).toBe(true);
    expect((await get("/api/auth/session?callbackUrl=javascript:alert(1)")).status).toBe(400);
    expect((await get("/api/auth/session?callbackUrl=%2Fdashboard")).status).toBe(200);
    expect((await get(`/api/auth/session?callbackUrl=${encodeURIComponent(`${appUrl()}/dashboard`)}`)).status).toBe(200);
  });

  it("answers 400 for an error code next-auth would copy unencoded into a Location header", async () => {
    for (const path of [
      "/api/auth/error?error=%E2%82%AC",
      "/api/auth/error?error=%0D%0ASet-Cookie%3A%20x%3D1",
      "/api/auth/error/%F0%91%A9%B5",
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 400 });
    }
    expect((await get("/api/auth/error?error=CredentialsSignin")).status).toBe(302);
  });

  it("answers 400 to a GET on the credentials callback", async () => {
    const res = await get("/api/auth/callback/otp");
    expect({ status: res.status, code: await errorOf(res) }).toEqual({ status: 400, code: "bad_request" });
  });
});

describe("error bodies", () => {
  it("never carry stack traces, Prisma, SQL or file paths", async () => {
    const email = await createDemo();
    const uuid = "00000000-0000-4000-8000-000000000000";
    const cases: [string, () => Promise<Response>][] = [
      ["malformed JSON", () => postJson("/api/demo/request", '{"email": ')],
      ["wrong type", () => postJson("/api/demo/request", { email: 42, profile: ["admin_ph"] })],
      ["JSON array", () => postJson("/api/auth/otp/request", "[1,2,3]")],
      ["XML", () => postJson("/api/demo/request", "<a/>", { headers: { "content-type": "application/xml" } })],
      ["SQL in a field", () => postJson("/api/demo/request", { email: `x'; DROP TABLE users; --@example.com`, profile: "admin_ph" })],
      ["existing demo", () => postJson("/api/demo/request", { email, profile: "admin_ph" })],
      ["unknown API route", () => get("/api/nope/../../etc/passwd")],
      ["unknown page", () => get("/definitely/not/here")],
      ["method not allowed", () => fetch(`${appUrl()}/api/demo/request`, { method: "PUT" })],
      ["no session", () => get("/api/dashboard/overview")],
      [
        "forged session cookie",
        () => get("/api/dashboard/overview", { cookie: "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z" }),
      ],
      ["garbage session cookie", () => get(`/api/units/${uuid}`, { cookie: "next-auth.session-token=%%%; locale=xx" })],
      ["non-uuid id", () => get("/api/units/1%20OR%201=1")],
      ["wrong cron token", () => get("/api/cron/expire-demos", { authorization: "Bearer ' OR 1=1 --" })],
      ["next-auth unknown action", () => get("/api/auth/nope")],
      [
        "next-auth callback without CSRF",
        () =>
          fetch(`${appUrl()}/api/auth/callback/otp`, {
            method: "POST",
            redirect: "manual",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: "email=a%40b.co&code=1",
          }),
      ],
      ["too large", () => postJson("/api/demo/request", "x".repeat(20_000))],
    ];
    const results = await Promise.all(
      cases.map(async ([name, send]) => {
        const res = await send();
        return { name, status: res.status, body: await res.text() };
      }),
    );
    for (const { name, status, body } of results) {
      expect({ name, status: status < 500 }).toEqual({ name, status: true });
      expect({ name, leaks: leaksIn(body) }).toEqual({ name, leaks: [] });
    }
    expect(results.filter((r) => r.status >= 400).length).toBeGreaterThanOrEqual(cases.length - 2);
  });
});
