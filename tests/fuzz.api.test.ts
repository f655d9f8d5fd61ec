// Hostile requests (fast-check) at every API route handler the code defines (listApiRoutes), with and
// without a real demo session: no answer may be a 5xx or leak internals, GETs change nothing, and a
// bystander demo that the fuzzer never logs into ends exactly as it started.
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery, randomEmail, randomIp } from "./support/app";
import { leaksIn } from "./support/leaks";
import { type ApiRoute, type HttpMethod, buildPath, listApiRoutes } from "./support/routes";

/** Requests per phase (sent 8 at a time); together ≥ 2000. */
const READ_REQUESTS = 1200;
const WRITE_REQUESTS = 2800;
const CONCURRENCY = 8;
/** Reproduce a run with FUZZ_SEED=<the printed seed>. */
const SEED = Number(process.env.FUZZ_SEED) || Date.now() % 2 ** 31;

const PRODUCT_TABLES = ["units", "residents", "assemblies", "agenda_items", "attendance", "votes"] as const;
const NEXTAUTH_ACTIONS = [
  "session",
  "csrf",
  "providers",
  "signin",
  "signin/otp",
  "callback/otp",
  "callback/credentials",
  "signout",
  "_log",
  "error",
  "verify-request",
];

type Target = { route: ApiRoute; method: HttpMethod };
type FuzzRequest = { target: Target; session: boolean; url: string; headers: Record<string, string>; body?: string; hostile: string[] };
type Outcome = { request: FuzzRequest; status: number; body: string };

// ---------------------------------------------------------------------------------------------------
// What a response must never contain: `leaksIn` (tests/support/leaks.ts), once the hostile values are removed.

/** Leak names found in `body` once the request's own hostile values (echoed back) are removed. */
function leaksOutsideEcho(body: string, hostile: string[]): string[] {
  let text = body;
  for (const value of hostile.filter((v) => v.length >= 4).sort((a, b) => b.length - a.length)) {
    for (const form of new Set([value, JSON.stringify(value).slice(1, -1), safeEncode(value)])) text = text.split(form).join("");
  }
  return leaksIn(text);
}

// ---------------------------------------------------------------------------------------------------
// Hostile values.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, "\uFFFD");
const safeEncode = (s: string) => encodeURIComponent(wellFormed(s));
/** Header values must be printable ASCII (fetch refuses CR, LF, NUL and non-Latin-1). */
const asHeader = (s: string) => s.replace(/[^\x20-\x7e]/g, "").trim();

const SQL = [
  "' OR '1'='1",
  "1; DROP TABLE units; --",
  "' UNION SELECT code_hash FROM one_time_codes --",
  "'; SELECT pg_sleep(3); --",
  "%' AND 1=1 --",
  "$1",
  "\\'",
];
const TRAVERSAL = ["../", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "....//", "/etc/passwd\u0000", "..%00/"];
const WEIRD = [
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "\u0000",
  "\u202egnp.exe",
  "\uFEFF",
  "😀🏢",
  "ñandú Ω",
  "%",
  "%zz",
  "a/b",
  "a?b=c#d",
  "\r\nX-Injected: 1",
];

const uuidLike = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => u.replace(/-/g, "")),
  fc.uuid().map((u) => `${u.slice(0, -1)}z`),
  fc.uuid().map((u) => `${u}0`),
  fc.uuid().map((u) => ` ${u}`),
  fc.uuid().map((u) => `${u}' OR '1'='1`),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"),
);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL, ...TRAVERSAL, ...WEIRD) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom("a", "ñ", "😀", "'", "/", "%"), fc.integer({ min: 300, max: 2500 })).map(([c, n]) => c.repeat(n)),
  },
  { weight: 2, arbitrary: uuidLike },
);

/** Body field names the app's schemas use (read from src/lib, so new schemas count) plus classics. */
function schemaFieldNames(): string[] {
  const dir = path.resolve(import.meta.dirname, "../src/lib");
  const files = (readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[]).filter(
    (f) => /\.ts$/.test(f) && !f.endsWith(".test.ts"),
  );
  const names = new Set([
    "id",
    "organizationId",
    "role",
    "isDemo",
    "status",
    "demoExpiresAt",
    "assemblyCredits",
    "code",
    "csrfToken",
    "json",
    "callbackUrl",
    "redirect",
  ]);
  for (const file of files) {
    for (const m of readFileSync(path.join(dir, file), "utf8").matchAll(/^\s+([A-Za-z_]\w*):\s*(?:z\b|\w*[Ss]chema\b|optionalText)/gm))
      names.add(m[1]!);
  }
  return [...names];
}
const fieldName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...schemaFieldNames()) },
  { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const hostileScalar = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 0.1 + 0.2),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);
const { value: hostileJson } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileScalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fieldName, tie("value"), { maxKeys: 5 }),
  ),
}));

const RAW_JSON = [
  '{"__proto__":{"isAdmin":true,"role":"SUPER_ADMIN"}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"email":"a@example.com","__proto__":{"organizationId":"00000000-0000-0000-0000-000000000000"}}',
  '{"email":1e309}',
  '{"n":123456789012345678901234567890123456789}',
  "[1e-400]",
  '{"a":-0}',
  '{"email":"a@example.com","email":["dup"]}',
  '\uFEFF{"email":"a@example.com"}',
  '{"email":"\\ud800"}',
];
const NOT_JSON = [
  "",
  "{",
  "}",
  "{'a':1}",
  "undefined",
  "NaN",
  "a=1&b=2",
  '<?xml version="1.0"?><a/>',
  "\u0000\u0001",
  "null",
  "[]",
  '--boundary\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--boundary--',
];

/**
 * Bodies shaped like the app's forms (demo request, resident, assembly, attendance, vote, settings) with
 * hostile values and real record ids of both demos, so requests get past parsing into the handlers —
 * and try to write into the bystander's records.
 */
const nearlyValid = (knownIds: string[]) => {
  const id = fc.oneof(fc.constantFrom(...knownIds), uuidLike);
  const text = fc.oneof(fc.constantFrom("Torre A", "Asamblea ordinaria 2026", "Ana María Pérez"), hostileString);
  const future = fc.integer({ min: -2 * 86_400_000, max: 400 * 86_400_000 }).map((ms) => new Date(Date.now() + ms).toISOString());
  return fc
    .oneof(
      fc.record(
        {
          email: fc.oneof(
            fc.emailAddress(),
            hostileString.map((s) => `${s}@example.com`),
          ),
          profile: fc.oneof(fc.constantFrom("admin_ph", "demo_only", "resident", "sales"), hostileString),
          name: text,
          locale: fc.constantFrom("es", "en", "fr", "", "__proto__"),
          scenario: fc.oneof(fc.constantFrom("urban_tower"), hostileString),
        },
        { requiredKeys: ["email"] },
      ),
      fc.record(
        {
          unitId: id,
          fullName: text,
          email: fc.oneof(fc.emailAddress(), hostileString),
          phone: fc.oneof(fc.constantFrom("+57 310 555 0101", "", null), hostileString),
          type: fc.constantFrom("owner", "tenant", "OWNER", "admin"),
        },
        { requiredKeys: [] },
      ),
      fc.record(
        {
          title: text,
          type: fc.constantFrom("ordinary", "extraordinary", "x"),
          scheduledAt: fc.oneof(future, hostileString),
          location: text,
          agenda: fc.array(
            fc.record({
              title: text,
              requiresVote: fc.oneof(fc.boolean(), hostileString),
              majority: fc.constantFrom("simple", "qualified", "x"),
            }),
            {
              maxLength: 25,
            },
          ),
        },
        { requiredKeys: ["title", "agenda"] },
      ),
      fc.record(
        {
          unitId: id,
          agendaItemId: id,
          choice: fc.constantFrom("yes", "no", "abstain", "maybe"),
          attendeeName: text,
          isProxy: fc.oneof(fc.boolean(), fc.constantFrom("true", 1, null)),
        },
        { requiredKeys: ["unitId"] },
      ),
      fc.record(
        {
          name: text,
          themeColor: fc.oneof(fc.constantFrom("#1d4ed8", "#ZZZZZZ", "red", "#fff", "javascript:alert(1)"), hostileString),
          locale: fc.constantFrom("es", "en", "fr", "", "__proto__"),
        },
        { requiredKeys: [] },
      ),
    )
    .map((v) => JSON.stringify(v));
};

const hostileBody = (knownIds: string[]): fc.Arbitrary<{ body: string; contentType?: string }> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.dictionary(fieldName, hostileJson, { maxKeys: 6 }).map((v) => JSON.stringify(v)) },
        { weight: 2, arbitrary: hostileJson.map((v) => JSON.stringify(v) ?? "null") },
        { weight: 1, arbitrary: fc.constantFrom(...RAW_JSON) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean())
            .map(([n, arr]) => (arr ? "[".repeat(n) + "]".repeat(n) : '{"a":'.repeat(n) + "1" + "}".repeat(n))),
        },
        { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...NOT_JSON), fc.string({ unit: "grapheme", maxLength: 200 })) },
        {
          weight: 1,
          arbitrary: fc
            .dictionary(fieldName, hostileString, { maxKeys: 5 })
            .map((d) => new URLSearchParams(Object.entries(d).map(([k, v]) => [k, wellFormed(v)])).toString()),
        },
        { weight: 2, arbitrary: nearlyValid(knownIds) },
      ),
      fc.oneof(
        { weight: 6, arbitrary: fc.constant("application/json") },
        {
          weight: 4,
          arbitrary: fc.constantFrom(
            undefined,
            "application/json; charset=utf-8",
            "application/json; charset=utf-16",
            "application/vnd.api+json",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=boundary",
            "application/xml",
            "*/*",
            "garbage;;;=",
            "",
          ),
        },
      ),
    )
    .map(([body, contentType]) => ({ body, contentType }));

/** `arbitrary` one time in `oneIn`, else null (absent). */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });

const hostileHeaders = (ownOrigin: string) =>
  fc.record({
    "x-forwarded-for": fc.oneof(
      { weight: 7, arbitrary: fc.ipV4() },
      { weight: 1, arbitrary: fc.ipV6() },
      {
        weight: 2,
        arbitrary: fc.oneof(
          fc.constantFrom("", "unknown", "999.999.999.999", "1.1.1.1, 2.2.2.2", "::ffff:127.0.0.1", "' OR 1=1 --", "x".repeat(2000)),
          hostileString.map(asHeader),
        ),
      },
    ),
    "accept-language": sometimes(
      fc.oneof(
        fc.constantFrom("en", "es-CO,es;q=0.9", "fr-FR", "*", "en-US,en;q=0.9,*;q=0.1", "zz-ZZ;q=abc", ";;;,,,"),
        hostileString.map(asHeader),
      ),
      2,
    ),
    cookie: sometimes(
      fc.oneof(
        fc.constantFrom(
          "locale=en",
          "locale=xx",
          "locale=%",
          "next-auth.session-token=garbage",
          "next-auth.session-token=",
          "__Secure-next-auth.session-token=x",
          "next-auth.csrf-token=a%7Cb",
          "next-auth.callback-url=%2Fdashboard",
          "a=b; ;; =c; locale=en",
          `big=${"x".repeat(4000)}`,
        ),
        hostileString.map((s) => `x=${asHeader(s)}`),
      ),
      2,
    ),
    // Mostly absent, as from curl or a server; sometimes our own origin, sometimes another site's.
    origin: sometimes(fc.constantFrom(ownOrigin, ownOrigin, "null", "https://evil.example", "garbage", "http://127.0.0.1"), 8),
    "x-forwarded-host": sometimes(fc.oneof(fc.constantFrom("evil.example", "", "a b", "[::1]:99999"), hostileString.map(asHeader)), 8),
    "x-forwarded-proto": sometimes(fc.constantFrom("https", "gopher", "", "http,https"), 8),
    authorization: sometimes(
      fc.oneof(fc.constantFrom("Bearer ", "Bearer ' OR 1=1 --", "Basic YTpi", "Bearer dev-only-cron-secret"), hostileString.map(asHeader)),
      5,
    ),
  });

// Values stay short: a trailing-slash redirect echoes the query in Location, and fetch refuses
// response headers over 16 KB.
const hostileQuery = sometimes(
  fc
    .dictionary(
      fc.constantFrom("callbackUrl", "mode", "page", "limit", "cursor", "q", "sort", "email", "error", "tower", "dues", "__proto__[x]"),
      hostileString,
      { maxKeys: 3 },
    )
    .map((d) => `?${new URLSearchParams(Object.entries(d).map(([k, v]) => [k, wellFormed(v).slice(0, 200)]))}`),
  3,
);

// ---------------------------------------------------------------------------------------------------
// Requests and bookkeeping.

/** Every (route, method) the code defines: the read phase takes GETs (but cron), the write phase the rest. */
const targets: Target[] = listApiRoutes().flatMap((route) => route.methods.map((method) => ({ route, method })));
const isReadOnly = ({ route, method }: Target) => method === "GET" && !route.pattern.startsWith("/api/cron/");

function requestArbitrary(phaseTargets: Target[], ctx: { sessionCookie: string; knownIds: string[] }): fc.Arbitrary<FuzzRequest> {
  const paramValue = (name: string) =>
    name === "nextauth"
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...NEXTAUTH_ACTIONS) }, { weight: 1, arbitrary: hostileString })
      : fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom(...ctx.knownIds) },
          { weight: 2, arbitrary: uuidLike },
          { weight: 3, arbitrary: hostileString },
        );
  return fc.constantFrom(...phaseTargets).chain((target) =>
    fc
      .record({
        // Two in three with the attacker's session, to reach the handlers behind withDemoOrg.
        session: fc.nat(2).map((n) => n > 0),
        values: fc.tuple(...target.route.params.map(paramValue)),
        // One in ten paths carries its values unencoded ("../" then reaches the URL parser).
        raw: fc.nat(9).map((n) => n === 0),
        query: hostileQuery,
        headers: hostileHeaders(new URL(appUrl()).origin),
        body: hostileBody(ctx.knownIds),
      })
      .map(({ session, values, raw, query, headers, body }): FuzzRequest => {
        const byName = Object.fromEntries(target.route.params.map((p, i) => [p, String(values[i])]));
        const pathname = raw
          ? target.route.pattern.replace(/\[+(?:\.\.\.)?(\w+)\]+/g, (_, name: string) => asHeader(byName[name]!).replace(/[?#]/g, ""))
          : buildPath(target.route.pattern, (name) => wellFormed(byName[name]!));
        const sent: Record<string, string> = {};
        for (const [key, value] of Object.entries(headers)) if (value !== null) sent[key] = value;
        if (session) sent.cookie = sent.cookie ? `${ctx.sessionCookie}; ${sent.cookie}` : ctx.sessionCookie;
        const hasBody = target.method !== "GET";
        if (hasBody && body.contentType !== undefined) sent["content-type"] = body.contentType;
        return {
          target,
          session,
          url: `${appUrl()}${pathname || "/"}${query ?? ""}`,
          headers: sent,
          body: hasBody ? body.body : undefined,
          hostile: [...Object.values(byName), ...(query ? [query] : []), ...Object.values(sent), ...(hasBody ? [body.body] : [])],
        };
      }),
  );
}

async function send(request: FuzzRequest): Promise<Outcome> {
  try {
    const res = await fetch(request.url, {
      method: request.target.method,
      headers: request.headers,
      // A Blob without a type sends no Content-Type at all (a string would default to text/plain).
      body: request.body !== undefined && !("content-type" in request.headers) ? new Blob([request.body]) : request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(20_000),
    });
    return { request, status: res.status, body: (await res.text()).slice(0, 100_000) };
  } catch (error) {
    // A hang, a reset connection or a refused request is a failure of its own (status 0).
    return { request, status: 0, body: `fetch failed: ${(error as Error).message} ${String((error as { cause?: unknown }).cause ?? "")}` };
  }
}

/** Sends `count` generated requests, CONCURRENCY at a time, through fast-check; returns every outcome. */
async function fuzz(arbitrary: fc.Arbitrary<FuzzRequest>, count: number, seed: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  await fc.assert(
    fc.asyncProperty(fc.array(arbitrary, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (batch) => {
      outcomes.push(...(await Promise.all(batch.map(send))));
    }),
    { numRuns: Math.ceil(count / CONCURRENCY), seed },
  );
  return outcomes;
}

// ---------------------------------------------------------------------------------------------------
// A fixed corpus beside the random requests. Every target, with the attacker's session and its own
// record ids, gets each form-shaped body with one text field at a time set to a value that breaks
// naive storage (NUL, which PostgreSQL text cannot hold; a lone surrogate), and each GET gets each
// query key likewise. Random runs may or may not draw these; the corpus always does.

const NASTY_TEXT = ["Ana\u0000María", "\uD800"];
const QUERY_KEYS = ["q", "tower", "dues", "page", "pageSize", "limit", "cursor", "sort", "status", "mode", "callbackUrl"];

type OwnIds = { unitId: string; residentId: string; assemblyId: string; agendaItemId: string };

/** Valid bodies of the app's forms, for the attacker's own records. */
function formBodies(own: OwnIds): Record<string, unknown>[] {
  const fresh = () => `corpus-${Math.random().toString(36).slice(2, 10)}@example.com`;
  return [
    { email: fresh(), profile: "sales", name: "Ana", utm_source: "x", utm_medium: "x", utm_campaign: "x", referrer: "https://example.com" },
    { unitId: own.unitId, fullName: "Ana María", email: fresh(), phone: "+57 310 555 0101", type: "tenant" },
    { fullName: "Ana María" },
    {
      title: "Asamblea extraordinaria",
      type: "extraordinary",
      scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      location: "Salón comunal",
      agenda: [{ title: "Aprobación del presupuesto", description: "Detalle", requiresVote: true, majority: "simple" }],
    },
    { unitId: own.unitId, agendaItemId: own.agendaItemId, choice: "yes", attendeeName: "Ana María", isProxy: false },
    { name: "Conjunto Los Álamos", themeColor: "#1d4ed8", locale: "es" },
  ];
}

/** `value` with the string at `path` replaced by `text`, for every string leaf `path`. */
function withEachStringReplaced(value: unknown, text: string): unknown[] {
  if (typeof value === "string") return [text];
  if (Array.isArray(value))
    return value.flatMap((item, i) => withEachStringReplaced(item, text).map((v) => value.map((x, j) => (i === j ? v : x))));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => withEachStringReplaced(item, text).map((v) => ({ ...value, [key]: v })));
  }
  return [];
}

function corpusRequests(phaseTargets: Target[], ctx: { sessionCookie: string; own: OwnIds }): FuzzRequest[] {
  const idFor = (name: string) => (ctx.own as Record<string, string>)[name] ?? (name === "nextauth" ? "callback/otp" : ctx.own.unitId);
  const request = (target: Target, query: string, body?: string): FuzzRequest => {
    const url = `${appUrl()}${buildPath(target.route.pattern, idFor)}${query}`;
    const headers: Record<string, string> = { cookie: ctx.sessionCookie, "x-forwarded-for": randomIp() };
    if (body !== undefined) headers["content-type"] = "application/json";
    return { target, session: true, url, headers, body, hostile: [query, ...(body ? [body] : [])] };
  };
  // Closing the assembly or deleting the resident last keeps the other requests' records usable.
  const destructive = (t: Target) => t.method === "DELETE" || t.route.pattern.endsWith("/close");
  const ordered = [...phaseTargets].sort((a, b) => Number(destructive(a)) - Number(destructive(b)));
  return ordered.flatMap((target) =>
    target.method === "GET"
      ? QUERY_KEYS.flatMap((key) => NASTY_TEXT.map((text) => request(target, `?${new URLSearchParams({ [key]: text })}`)))
      : formBodies(ctx.own).flatMap((form) =>
          NASTY_TEXT.flatMap((text) => withEachStringReplaced(form, text).map((body) => request(target, "", JSON.stringify(body)))),
        ),
  );
}

/** Sends `requests` in order, CONCURRENCY at a time. */
async function sendAll(requests: FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < requests.length; i += CONCURRENCY)
    outcomes.push(...(await Promise.all(requests.slice(i, i + CONCURRENCY).map(send))));
  return outcomes;
}

/** Row counts and a digest of the rows of one organization: its row, its users, its product tables. */
async function snapshot(organizationId: string): Promise<Record<string, string>> {
  const tables: [string, string][] = [
    ["organizations", "id"],
    ["users", "organization_id"],
    ...PRODUCT_TABLES.map((t): [string, string] => [t, "organization_id"]),
  ];
  const sql = tables
    .map(
      ([table, column]) =>
        `SELECT '${table}' AS t, count(*) || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS v FROM ${table} x WHERE x.${column} = $1`,
    )
    .join(" UNION ALL ");
  const rows = await ownerQuery<{ t: string; v: string }>(sql, [organizationId]);
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}

const describeOutcome = ({ request, status, body }: Outcome) => ({
  route: `${request.target.method} ${request.target.route.pattern}`,
  status,
  url: request.url.slice(0, 300),
  session: request.session,
  headers: Object.fromEntries(
    Object.entries(request.headers).map(([k, v]) => [k, k === "cookie" && request.session ? "<session>; …" : v.slice(0, 120)]),
  ),
  body: request.body?.slice(0, 300),
  response: body.slice(0, 300),
});

function report(phase: string, outcomes: Outcome[]): void {
  const byStatus = new Map<number, number>();
  for (const { status } of outcomes) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  const perRoute = new Map<string, Map<number, number>>();
  for (const { request, status } of outcomes) {
    const key = `${request.target.method} ${request.target.route.pattern}`;
    const counts = perRoute.get(key) ?? new Map<number, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    perRoute.set(key, counts);
  }
  const fmt = (m: Map<number, number>) =>
    [...m]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(" ");
  console.log(
    `[fuzz] ${phase}: ${outcomes.length} requests (seed ${SEED}) — ${fmt(byStatus)}\n` +
      [...perRoute]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([route, m]) => `  ${route.padEnd(40)} ${fmt(m)}`)
        .join("\n"),
  );
}

function expectNoFailures(outcomes: Outcome[]): void {
  const failures = outcomes.filter((o) => o.status >= 500 || o.status === 0 || leaksOutsideEcho(o.body, o.request.hostile).length > 0);
  // One line per route and status, with its first input, so a report can name each bug once.
  const groups = new Map<string, Outcome[]>();
  for (const o of failures) {
    const key = `${o.request.target.method} ${o.request.target.route.pattern} → ${o.status}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const [key, group] of groups) {
    const first = describeOutcome(group[0]!);
    console.log(`[fuzz] FAILURE ${key} ×${group.length}: ${first.url} body=${JSON.stringify(first.body)} response=${first.response}`);
  }
  expect(
    failures.slice(0, 20).map((o) => ({ ...describeOutcome(o), leaks: leaksOutsideEcho(o.body, o.request.hostile) })),
    `${failures.length} failing responses (seed ${SEED})`,
  ).toEqual([]);
}

/** Every (route, method) got requests both with and without a session. */
function expectCoverage(phaseTargets: Target[], outcomes: Outcome[]): void {
  const seen = new Set(outcomes.map((o) => `${o.request.target.method} ${o.request.target.route.pattern} ${o.request.session}`));
  const missing = phaseTargets.flatMap((t) => [true, false].map((s) => `${t.method} ${t.route.pattern} ${s}`)).filter((k) => !seen.has(k));
  expect(missing).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------

describe("fuzzing every API route", () => {
  let attacker: { organizationId: string; cookie: string; own: OwnIds };
  let bystanderOrganizationId: string;
  let knownIds: string[];

  const organizationOf = async (email: string) =>
    (await ownerQuery<{ id: string }>("SELECT organization_id AS id FROM users WHERE email = $1", [email]))[0]!.id;

  beforeAll(async () => {
    const [attackerEmail, bystanderEmail] = await Promise.all([createDemo(), createDemo()]);
    const [cookie, attackerOrg, bystanderOrg] = await Promise.all([
      login(attackerEmail),
      organizationOf(attackerEmail),
      organizationOf(bystanderEmail),
    ]);
    const [own] = await ownerQuery<OwnIds>(
      `SELECT (SELECT id::text FROM units WHERE organization_id = $1 LIMIT 1) AS "unitId",
              (SELECT id::text FROM residents WHERE organization_id = $1 LIMIT 1) AS "residentId",
              a.id::text AS "assemblyId",
              (SELECT i.id::text FROM agenda_items i WHERE i.assembly_id = a.id AND i.requires_vote LIMIT 1) AS "agendaItemId"
         FROM assemblies a WHERE a.organization_id = $1 AND a.status = 'scheduled' LIMIT 1`,
      [attackerOrg],
    );
    attacker = { organizationId: attackerOrg, cookie, own: own! };
    bystanderOrganizationId = bystanderOrg;
    // Real record ids of both demos: the attacker's reach deep into the handlers, the bystander's probe
    // cross-tenant access.
    const ids = await ownerQuery<{ id: string }>(
      `SELECT id::text FROM (SELECT id, organization_id FROM units UNION ALL SELECT id, organization_id FROM residents UNION ALL SELECT id, organization_id FROM assemblies
                     UNION ALL SELECT id, organization_id FROM agenda_items) r
       WHERE organization_id = ANY($1::uuid[]) ORDER BY random() LIMIT 60`,
      [[attackerOrg, bystanderOrg]],
    );
    knownIds = [...ids.map((r) => r.id), attackerOrg, bystanderOrg];
  });

  it(
    "answers ≥ 2000 hostile requests without a 5xx or a leak; GETs change nothing; the bystander is untouched",
    { timeout: 300_000 },
    async () => {
      expect(targets.length).toBeGreaterThan(0);
      const ctx = { sessionCookie: attacker.cookie, knownIds };
      const readTargets = targets.filter(isReadOnly);
      const writeTargets = targets.filter((t) => !isReadOnly(t));
      const bystanderBefore = await snapshot(bystanderOrganizationId);
      const attackerBefore = await snapshot(attacker.organizationId);

      const corpusCtx = { sessionCookie: attacker.cookie, own: attacker.own };
      const reads = [
        ...(await sendAll(corpusRequests(readTargets, corpusCtx))),
        ...(await fuzz(requestArbitrary(readTargets, ctx), READ_REQUESTS, SEED)),
      ];
      report("GET (read-only) phase, corpus + random", reads);
      // GET never changes data, not even the attacker's own demo (cron's GET is a write: next phase).
      expect(await snapshot(attacker.organizationId)).toEqual(attackerBefore);

      const writes = [
        ...(await sendAll(corpusRequests(writeTargets, corpusCtx))),
        ...(await fuzz(requestArbitrary(writeTargets, ctx), WRITE_REQUESTS, SEED + 1)),
      ];
      report("write phase (POST/PATCH/PUT/DELETE, cron GET), corpus + random", writes);
      report("total", [...reads, ...writes]);

      expect(reads.length + writes.length).toBeGreaterThanOrEqual(2000);
      expectCoverage(readTargets, reads);
      expectCoverage(writeTargets, writes);
      expectNoFailures([...reads, ...writes]);
      expect(await snapshot(bystanderOrganizationId)).toEqual(bystanderBefore);
    },
  );
});

// ---------------------------------------------------------------------------------------------------
// The edges (docs/security.md): planted next-auth cookies, methods the app never answers, bodies that
// lie about their size or never arrive, and lead-export dates PostgreSQL cannot hold, on pages and
// APIs alike. Sent through node:http, which (unlike fetch) sends any method and lets a body stall.

const EDGE_REQUESTS = 400;
const EDGE_PATHS = [
  "/",
  "/login",
  "/demo",
  "/dashboard/admin-ph",
  "/admin",
  "/api/units",
  "/api/demo/request",
  "/api/auth/session",
  "/api/auth/signout",
  "/api/admin/leads/export",
  "/api/metrics",
  "/nope",
];
const EDGE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "MKCOL", "PURGE", "LOCK", "SEARCH"];
const HOSTILE_COOKIE_VALUES = [
  "javascript:alert(1)",
  "ftp://x",
  "http://[::1",
  "//evil.test",
  "\u0000",
  "%zz",
  "http://",
  "data:text/html,x",
];
const ODD_DATES = [
  "0000-01-01",
  "9999-12-31",
  "275760-09-13",
  "-271821-04-20",
  "1899-12-31",
  "2026-02-31",
  "294277-01-01T00:00:00Z",
  "1e400",
  "NaN",
  "+010000-01-01T00:00:00Z",
];

type EdgeRequest = { method: string; path: string; cookie: string; body?: string; contentType?: string };
type EdgeOutcome = { request: EdgeRequest; status: number; body: string };

function sendRaw(request: EdgeRequest, opts: { declaredLength?: number; stallAfter?: string } = {}): Promise<EdgeOutcome> {
  const url = new URL(request.path, appUrl());
  return new Promise((resolve) => {
    const headers: Record<string, string> = { "x-forwarded-for": randomIp(), cookie: request.cookie };
    if (request.contentType) headers["content-type"] = request.contentType;
    if (opts.declaredLength !== undefined) headers["content-length"] = String(opts.declaredLength);
    else if (opts.stallAfter !== undefined) headers["transfer-encoding"] = "chunked";
    else if (request.body !== undefined) headers["content-length"] = String(Buffer.byteLength(request.body));
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: request.method,
        headers,
        agent: false,
        timeout: 30_000,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ request, status: res.statusCode ?? 0, body }));
        res.on("error", (e) => resolve({ request, status: 0, body: String(e) }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("no answer within 30 s")));
    req.on("error", (e) => resolve({ request, status: 0, body: `request failed: ${e.message}` }));
    if (opts.stallAfter !== undefined || opts.declaredLength !== undefined) req.write(opts.stallAfter ?? request.body ?? "");
    else req.end(request.body);
  });
}

function edgeArbitrary(sessionCookie: string, salesCookie: string): fc.Arbitrary<EdgeRequest> {
  const hostileCookie = fc
    .tuple(
      fc.constantFrom("next-auth.callback-url", "__Secure-next-auth.callback-url", "next-auth.csrf-token", "next-auth.session-token"),
      fc.oneof(fc.constantFrom(...HOSTILE_COOKIE_VALUES), fc.string({ maxLength: 40 })),
    )
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  const session = fc.constantFrom("", sessionCookie, salesCookie);
  const oddDate = fc.oneof(
    fc.constantFrom(...ODD_DATES),
    fc.integer({ min: -300_000, max: 300_000 }).map((y) => `${y}-01-01`),
  );
  const exportPath = fc
    .tuple(
      fc.constantFrom("/api/admin/leads/export", "/admin", "/admin/analytics"),
      fc.option(oddDate, { nil: undefined }),
      fc.option(oddDate, { nil: undefined }),
      fc.option(fc.constantFrom("%00", "a%01", "%F0"), { nil: undefined }),
    )
    .map(([path, from, to, q]) => {
      const params = [from && `from=${encodeURIComponent(from)}`, to && `to=${encodeURIComponent(to)}`, q && `q=${q}`].filter(Boolean);
      return `${path}?${params.join("&")}`;
    });
  return fc
    .record({
      method: fc.constantFrom(...EDGE_METHODS),
      path: fc.oneof(fc.constantFrom(...EDGE_PATHS), exportPath),
      cookies: fc.array(hostileCookie, { minLength: 0, maxLength: 3 }),
      session,
      json: fc.boolean(),
    })
    .map(({ method, path, cookies, session, json }) => {
      const bodyAllowed = !["GET", "HEAD", "TRACE"].includes(method);
      const body = bodyAllowed && json ? JSON.stringify({ email: randomEmail("edge"), profile: "sales" }) : undefined;
      return {
        method,
        path,
        cookie: [...cookies, session].filter(Boolean).join("; "),
        body,
        contentType: body ? "application/json" : undefined,
      };
    });
}

/** A 5xx is a failure unless it is a 503 that says why (JSON error with a message). */
function isEdgeFailure({ status, body }: EdgeOutcome): boolean {
  if (status === 0) return true;
  if (status < 500) return false;
  if (status !== 503) return true;
  try {
    return !(JSON.parse(body) as { error?: { message?: string } }).error?.message;
  } catch {
    return true;
  }
}

describe("fuzzing the edges", () => {
  it("answers planted cookies, unknown methods, lying or stalled bodies and odd dates without a 5xx", { timeout: 180_000 }, async () => {
    const [sessionCookie, salesCookie] = await Promise.all([createDemo().then((email) => login(email)), login("sales.fuzz@assembly.test")]);
    const outcomes: EdgeOutcome[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(edgeArbitrary(sessionCookie, salesCookie), { minLength: CONCURRENCY, maxLength: CONCURRENCY }),
        async (batch) => {
          outcomes.push(...(await Promise.all(batch.map((request) => sendRaw(request)))));
        },
      ),
      { numRuns: Math.ceil(EDGE_REQUESTS / CONCURRENCY), seed: SEED + 2 },
    );
    // Bodies that lie: a declared 100 MB that never comes, and chunked bodies that stop (10 s deadline).
    const post = (path: string): EdgeRequest => ({
      method: "POST",
      path,
      cookie: sessionCookie,
      contentType: "application/json",
      body: '{"email":',
    });
    const slow = await Promise.all([
      ...["/api/demo/request", "/api/units", "/api/auth/otp/request", "/api/auth/callback/otp"].map((path) =>
        sendRaw(post(path), { declaredLength: 100 * 1024 * 1024 }),
      ),
      ...["/api/demo/request", "/api/residents", "/api/settings"].map((path) => sendRaw(post(path), { stallAfter: '{"email":' })),
    ]);
    outcomes.push(...slow);
    expect(slow.map((o) => o.status)).toEqual([413, 413, 413, 413, 408, 408, 408]);

    const byStatus = new Map<number, number>();
    for (const { status } of outcomes) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const failures = outcomes.filter(isEdgeFailure);
    console.log(
      `[fuzz] edges: ${outcomes.length} requests (seed ${SEED + 2}) — ` +
        [...byStatus]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ") +
        ` — ${failures.length} failing`,
    );
    expect(
      failures
        .slice(0, 20)
        .map(({ request, status, body }) => ({ ...request, cookie: request.cookie.slice(0, 200), status, body: body.slice(0, 200) })),
      `${failures.length} failing responses (seed ${SEED + 2})`,
    ).toEqual([]);
  });
});
