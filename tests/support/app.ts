// Talking to the running app (started by scripts/test.ts) the way a browser or a bot would.
import { randomBytes, randomInt } from "node:crypto";
import pg from "pg";
import { inboxSnapshot, waitForOtpCode, waitForSignInEmail } from "./inbox";

export const appUrl = () => {
  const url = process.env.APP_URL;
  if (!url) throw new Error("APP_URL is not set: these tests need the app; run `npm test` without --no-app.");
  return url;
};

/** A fresh address on a reserved domain, unique per call. */
export const randomEmail = (prefix = "prospect") => `${prefix}-${randomBytes(5).toString("hex")}@example.com`;

/** A fresh client IP, so each test has its own rate-limit budget. */
export const randomIp = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/** POST JSON to the app from `ip`. */
export function postJson(path: string, body: unknown, opts: { ip?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${appUrl()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": opts.ip ?? randomIp(), ...opts.headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** Runs SQL as the database owner (test setup only: moving clocks, checking rows). */
export async function ownerQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The first row `sql` returns, as the owner. @throws when it returns none. */
export async function ownerRow<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await ownerQuery<T>(sql, params);
  if (!row) throw new Error(`no row for: ${sql}`);
  return row;
}

/** The stored login credential of `email`: hashes only, and its lifetime in seconds. */
export function storedCredential(email: string) {
  return ownerRow<{ code_hash: string; link_hash: string | null; ttl_s: number }>(
    "SELECT code_hash, link_hash, EXTRACT(EPOCH FROM (expires_at - created_at))::int AS ttl_s FROM one_time_codes WHERE email = $1",
    [email],
  );
}

/** The tables of a demo's product data (every one carries organization_id). */
export const PRODUCT_TABLES = ["units", "residents", "assemblies", "agenda_items", "attendance", "votes"] as const;

/** Every product row of organization `id`, as one fingerprint per table joined by ":" (equal = the same rows). */
export async function productFingerprint(id: string): Promise<string> {
  const parts = await Promise.all(
    PRODUCT_TABLES.map((t) =>
      ownerQuery<{ h: string }>(
        `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x.id), '')) AS h FROM ${t} x WHERE organization_id = $1`,
        [id],
      ),
    ),
  );
  return parts.map((p) => p[0]!.h).join(":");
}

/** Collects Set-Cookie headers into one Cookie header value. */
function mergeCookies(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Logs in through the real flow: asks for a code, reads it from the inbox, posts it to next-auth's
 * credentials callback. @returns the Cookie header of the session. @throws when login fails.
 */
export async function login(email: string, ip = randomIp()): Promise<string> {
  const before = await inboxSnapshot(email);
  const requested = await postJson("/api/auth/otp/request", { email }, { ip });
  if (requested.status !== 200) throw new Error(`otp request answered ${requested.status}`);
  const code = await waitForOtpCode(email, before);
  return loginWithCode(email, code, ip);
}

/** Posts `code` to next-auth's OTP callback. @returns the session Cookie header, or throws when refused. */
export function loginWithCode(email: string, code: string, ip = randomIp()): Promise<string> {
  return credentialsLogin("otp", { email, code }, ip);
}

/**
 * Posts a one-click link's token to next-auth's "email-link" callback, as the login page does when the
 * link is opened. @returns the session Cookie header, or throws when refused.
 */
export function loginWithLink(email: string, token: string, ip = randomIp()): Promise<string> {
  return credentialsLogin("email-link", { email, token }, ip);
}

async function credentialsLogin(provider: string, credentials: Record<string, string>, ip: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfRes = await fetch(`${appUrl()}/api/auth/csrf`);
  mergeCookies(jar, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${appUrl()}/api/auth/callback/${provider}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), "x-forwarded-for": ip },
    body: new URLSearchParams({ ...credentials, csrfToken, json: "true" }),
  });
  mergeCookies(jar, res);
  const session = [...jar.keys()].find((k) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`login refused (status ${res.status})`);
  return cookieHeader(jar);
}

/**
 * Creates a demo for a fresh email through the public API and waits for its "demo ready" email, whose
 * sign-in credential would otherwise replace a code the test asks for next. @returns the email.
 */
export async function createDemo(email = randomEmail(), body: Record<string, unknown> = {}): Promise<string> {
  const res = await postJson("/api/demo/request", { email, profile: "admin_ph", ...body });
  if (res.status !== 201) throw new Error(`demo request answered ${res.status}: ${await res.text()}`);
  await waitForSignInEmail(email);
  return email;
}

/** How a test calls the app: the session's Cookie header, a body (JSON-encoded unless a string), extra headers. */
export type RequestOptions = { cookie?: string; body?: unknown; headers?: Record<string, string> };

/** Calls the app as a browser with a session would (see `RequestOptions`). @returns the raw response. */
export function request(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
  return fetch(`${appUrl()}${path}`, {
    method,
    headers: {
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
      ...opts.headers,
    },
    body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
  });
}

/** `request`, then the status, the headers and the JSON body (as `T`). */
export async function requestJson<T = unknown>(method: string, path: string, opts: RequestOptions = {}) {
  const res = await request(method, path, opts);
  return { status: res.status, headers: res.headers, body: (await res.json()) as T };
}

/** The organization of the demo `email` signed up for. */
export async function orgIdOf(email: string): Promise<string> {
  const [row] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = $1", [email]);
  return row!.organization_id;
}

/** A signed-in prospect of a fresh demo. */
export type Session = { email: string; cookie: string; orgId: string };

/** Creates a demo for a fresh email and signs its prospect in. */
export async function newSession(): Promise<Session> {
  const email = await createDemo();
  const cookie = await login(email);
  return { email, cookie, orgId: await orgIdOf(email) };
}
