// Helpers of the topology tests (run by `npm run test:topology`): HTTP through nginx from a chosen
// client address, the outage controls, and the lifecycle run as Vercel Cron calls it.
import { request as httpRequest } from "node:http";
import { randomBytes } from "node:crypto";

/** nginx, balancing over both instances. */
export const proxyUrl = (): string => {
  const url = process.env.APP_URL;
  if (!url) throw new Error("APP_URL is not set: run through `npm run test:topology`.");
  return url;
};

/** nginx ports pinned to instance 1 and instance 2 (still through the proxy, which appends X-Forwarded-For). */
export const instanceUrls = (): [string, string] => {
  const urls = (process.env.INSTANCE_URLS ?? "").split(",");
  if (urls.length !== 2) throw new Error("INSTANCE_URLS is not set: run through `npm run test:topology`.");
  return urls as [string, string];
};

let nextAddress = 1 + (process.pid % 200) * 256;
/**
 * A fresh loopback address to connect FROM (all of 127.0.0.0/8 is local on Linux): nginx then reports it
 * in X-Forwarded-For, so each simulated visitor has its own per-IP rate-limit budget — no forged header.
 */
export function freshClientAddress(): string {
  nextAddress += 1;
  return `127.${20 + ((nextAddress >> 16) & 0xff)}.${(nextAddress >> 8) & 0xff}.${nextAddress & 0xff || 1}`;
}

export const randomEmail = (prefix: string) => `${prefix}-${randomBytes(5).toString("hex")}@example.com`;

export type HttpAnswer = { status: number; headers: Record<string, string | string[] | undefined>; text: string; json: () => unknown };

/** One HTTP request from `from` (a local address). Connection failures reject. */
export function call(
  base: string,
  path: string,
  opts: { method?: string; body?: unknown; headers?: Record<string, string>; from?: string; timeoutMs?: number } = {},
): Promise<HttpAnswer> {
  const url = new URL(path, base);
  const payload = opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: opts.method ?? (payload === undefined ? "GET" : "POST"),
        localAddress: opts.from,
        headers: {
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }),
          ...opts.headers,
        },
        timeout: opts.timeoutMs ?? 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** Turns a part of the system off or on (scripts/test-topology.ts's control endpoint). */
export async function control(action: string): Promise<void> {
  const res = await fetch(`${process.env.TOPOLOGY_CONTROL_URL}${action}`, { method: "POST" });
  if (res.status !== 204) throw new Error(`control ${action} answered ${res.status}: ${await res.text()}`);
}

/** The hourly lifecycle run, as Vercel Cron calls it (through nginx). */
export async function runCron(base = proxyUrl()): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await call(base, "/api/cron/expire-demos", { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });
  return { status: res.status, body: res.json() as Record<string, unknown> };
}

/** Collects Set-Cookie headers into a jar. */
function mergeCookies(jar: Map<string, string>, setCookie: string | string[] | undefined): void {
  for (const line of [setCookie ?? []].flat()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}

/** Signs in with `code` through `base` (csrf + next-auth's OTP callback). @returns the Cookie header. */
export async function signIn(base: string, email: string, code: string, from?: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await call(base, "/api/auth/csrf", { from });
  mergeCookies(jar, csrf.headers["set-cookie"]);
  const { csrfToken } = csrf.json() as { csrfToken: string };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const res = await call(base, "/api/auth/callback/otp", {
    method: "POST",
    from,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ email, code, csrfToken, json: "true" }).toString(),
  });
  mergeCookies(jar, res.headers["set-cookie"]);
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in refused (status ${res.status})`);
  return cookie();
}

/** Requests tallied by status, for the figures the fault tests print. */
export function tally(statuses: (number | string)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of statuses) out[String(s)] = (out[String(s)] ?? 0) + 1;
  return out;
}
