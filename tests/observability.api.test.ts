// Observability (docs/rules.md#observability): request ids, the X-Demo-Tenant tag, page views, health and
// metrics against the running app (one `next start` process, so its counters are the app's); the
// 503/401 paths and the log context in-process, where the function's inputs can be chosen.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { PrismaPg } from "@prisma/adapter-pg";
import { NextRequest, NextResponse } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/server/db/generated/client";
import { apiRoute } from "@/server/http/api-route";
import { log } from "@/server/log";
import type * as LogModuleNs from "@/server/log";
import { prisma, type Prisma } from "@/server/db/client";
import { checkHealth } from "@/server/observability/check-health";
import { collectDatabaseGauges } from "@/server/observability/collect-database-gauges";
import { metrics } from "@/server/observability/metrics";
import { bindRequestOrganization } from "@/server/observability/request-context";
import { scrapeMetrics } from "@/server/observability/scrape-metrics";
import { enforceRateLimit } from "@/server/rate-limit/enforce-rate-limit";
import type { RateLimitStore } from "@/server/rate-limit/rate-limit-store";
import { appUrl, createDemo, login, loginWithCode, ownerQuery, postJson, randomEmail, orgIdOf } from "./support/app";
import { inboxSnapshot, waitForOtpCode } from "./support/inbox";

type LogModule = typeof LogModuleNs;

// The app's logger, writing into `logged` instead of stdout (at info level, to see every line).
const logged = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock("@/server/log", async (importOriginal) => {
  const actual = await importOriginal<LogModule>();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logged.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { ...actual, log: actual.createLogger({ destination, level: "info" }) };
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MIGRATIONS = readdirSync(path.resolve(import.meta.dirname, "../prisma/migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(`${appUrl()}${pathname}`, { headers, redirect: "manual" });

async function demoSession(): Promise<{ email: string; organizationId: string; cookie: string }> {
  const email = await createDemo();
  const [organizationId, cookie] = await Promise.all([orgIdOf(email), login(email)]);
  return { email, organizationId, cookie };
}

/** A client that cannot connect (nothing listens on port 9 here). */
const unreachable = new PrismaClient({
  adapter: new PrismaPg({ connectionString: "postgresql://nobody:nothing@127.0.0.1:9/none", connectionTimeoutMillis: 2_000 }),
});
afterAll(() => unreachable.$disconnect());

describe("request id", () => {
  it("gives every response an X-Request-Id, echoing the caller's when it is a short safe token", async () => {
    const [page, api, mine, hostile, long] = await Promise.all([
      get("/login"),
      get("/api/health"),
      get("/api/health", { "x-request-id": "lb-trace.0001:abc_DEF" }),
      get("/api/health", { "x-request-id": 'evil id" injected' }),
      get("/api/health", { "x-request-id": "x".repeat(200) }),
    ]);
    expect(page.headers.get("x-request-id")).toMatch(UUID);
    expect(api.headers.get("x-request-id")).toMatch(UUID);
    expect(page.headers.get("x-request-id")).not.toBe(api.headers.get("x-request-id"));
    expect(mine.headers.get("x-request-id")).toBe("lb-trace.0001:abc_DEF");
    expect(hostile.headers.get("x-request-id")).toMatch(UUID);
    expect(long.headers.get("x-request-id")).toMatch(UUID);
  });

  it("is on the proxy's own refusals too", async () => {
    const res = await postJson(
      "/api/demo/request",
      { email: randomEmail() },
      { headers: { origin: "https://evil.test", "x-request-id": "refused-0001" } },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get("x-request-id")).toBe("refused-0001");
  });
});

describe("X-Demo-Tenant", () => {
  it("names the demo organization on its tenant APIs (errors included) and dashboard pages, and nowhere else", async () => {
    const { organizationId, cookie } = await demoSession();

    const settings = await get("/api/settings", { cookie });
    expect(settings.status).toBe(200);
    expect(settings.headers.get("x-demo-tenant")).toBe(organizationId);
    const missing = await get(`/api/units/${crypto.randomUUID()}`, { cookie });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("x-demo-tenant")).toBe(organizationId);

    const dashboard = await get("/dashboard/admin-ph?mode=demo", { cookie });
    expect(dashboard.status).toBe(200);
    expect(dashboard.headers.get("x-demo-tenant")).toBe(organizationId);
    await dashboard.text();

    for (const res of [
      await get("/", { cookie }),
      await get("/login"),
      await get("/api/health", { cookie }),
      await get("/dashboard/admin-ph?mode=demo"),
    ]) {
      expect({ url: res.url, tag: res.headers.get("x-demo-tenant") }).toEqual({ url: res.url, tag: null });
    }
    expect((await get("/api/settings")).headers.get("x-demo-tenant")).toBeNull();
  });

  it("tags an expired demo's refusals as well", async () => {
    const { organizationId, cookie } = await demoSession();
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 second' WHERE id = $1", [organizationId]);
    const res = await get("/api/settings", { cookie });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-demo-tenant")).toBe(organizationId);
  });
});

describe("page views", () => {
  it("records one page_view when the page's beacon reports it opened, none for the server render itself", async () => {
    const { organizationId, cookie, email } = await demoSession();
    const count = async () =>
      (
        await ownerQuery<{ n: number; paths: string[]; actors: string[] }>(
          "SELECT count(*)::int AS n, array_agg(data->>'path') AS paths, array_agg(actor) AS actors FROM demo_events WHERE organization_id = $1 AND type = 'page_view'",
          [organizationId],
        )
      )[0]!;
    expect((await count()).n).toBe(0);

    // A render (a first load, or the refresh an action asks for) is not a view by itself
    // (docs/decisions/0061-page-views-from-the-browser.md).
    const res = await get("/dashboard/admin-ph?mode=demo", { cookie });
    expect(res.status).toBe(200);
    await res.text();
    await new Promise((r) => setTimeout(r, 500));
    expect((await count()).n).toBe(0);

    const beacon = await fetch(`${appUrl()}/api/page-views`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({ section: "overview" }),
    });
    expect(beacon.status).toBe(204);
    expect(await count()).toEqual({ n: 1, paths: ["overview"], actors: [email] });
  });
});

describe("GET /api/health", () => {
  it("answers 200 with the version, the database and every migration applied", async () => {
    const res = await get("/api/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      database: "ok",
      migrations: { applied: MIGRATIONS.length, pending: [] },
    });
  });

  it("is unhealthy when a shipped migration is not applied, or the database does not answer — without internals", async () => {
    const pending = await checkHealth({ migrationNames: [...MIGRATIONS, "29990101000000_not_applied"] });
    expect(pending.healthy).toBe(false);
    expect(pending.report).toMatchObject({
      status: "error",
      database: "ok",
      migrations: { applied: MIGRATIONS.length, pending: ["29990101000000_not_applied"] },
      problems: ["1 migration(s) not applied"],
    });

    const down = await checkHealth({ db: unreachable });
    expect(down.healthy).toBe(false);
    expect(down.report).toMatchObject({ status: "error", database: "error", problems: ["the database does not answer"] });
    expect(JSON.stringify(down.report)).not.toMatch(/ECONNREFUSED|\bat\s|127\.0\.0\.1/);

    expect((await checkHealth()).healthy).toBe(true);
  });
});

/** Every sample of `name` whose labels include `labels`, parsed from Prometheus text. */
function samples(text: string, name: string, labels: Record<string, string> = {}): number[] {
  const out: number[] = [];
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => found[k] === v)) out.push(Number(match[3]));
  }
  return out;
}
const value = (text: string, name: string, labels: Record<string, string> = {}) => samples(text, name, labels).reduce((a, b) => a + b, 0);
/** The test app runs as production, where /api/metrics needs the token the runner gave it (APP_METRICS_TOKEN). */
const metricsAuth = () => ({ authorization: `Bearer ${process.env.APP_METRICS_TOKEN}` });
const scrape = async () => {
  const res = await get("/api/metrics", metricsAuth());
  expect(res.status).toBe(200);
  return res.text();
};

describe("GET /api/metrics", () => {
  it("serves Prometheus text with the app's counters, histogram and database gauges", async () => {
    const res = await get("/api/metrics", metricsAuth());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const text = await res.text();
    for (const name of [
      "assembly_rate_limited_total",
      "assembly_otp_sent_total",
      "assembly_otp_failed_total",
      "assembly_demo_provisioning_seconds",
      "assembly_demos_created_total",
      "assembly_active_demos",
      "assembly_demos",
      "assembly_leads",
      "assembly_cron_runs_total",
      "assembly_metrics_database_up",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(value(text, "assembly_metrics_database_up")).toBe(1);
    expect(samples(text, "assembly_rate_limited_total", { policy: "demoRequestPerIp" })).toHaveLength(1);
    expect(samples(text, "assembly_leads")).toHaveLength(5);
    expect(text).toContain("process_cpu_user_seconds_total");
  });

  it("counts a rate-limited request under its policy", async () => {
    const before = value(await scrape(), "assembly_rate_limited_total", { policy: "otpRequestPerEmail" });
    const email = randomEmail("metrics-limit");
    for (let i = 0; i < 5; i++) expect((await postJson("/api/auth/otp/request", { email })).status).toBe(200);
    expect((await postJson("/api/auth/otp/request", { email })).status).toBe(429);
    expect(value(await scrape(), "assembly_rate_limited_total", { policy: "otpRequestPerEmail" })).toBeGreaterThanOrEqual(before + 1);
  });

  it("counts and times a created demo, and reads demos and leads from the database", async () => {
    const labels = { scenario: "urban-tower" };
    const before = await scrape();
    await createDemo();
    const after = await scrape();
    expect(value(after, "assembly_demos_created_total", labels)).toBeGreaterThanOrEqual(
      value(before, "assembly_demos_created_total", labels) + 1,
    );
    const count = value(after, "assembly_demo_provisioning_seconds_count", labels);
    expect(count).toBeGreaterThanOrEqual(value(before, "assembly_demo_provisioning_seconds_count", labels) + 1);
    const meanSeconds = value(after, "assembly_demo_provisioning_seconds_sum", labels) / count;
    expect(meanSeconds).toBeGreaterThan(0.001);
    expect(meanSeconds).toBeLessThan(30);
    expect(value(after, "assembly_demo_provisioning_seconds_bucket", { ...labels, le: "+Inf" })).toBe(count);

    const active = value(after, "assembly_active_demos");
    expect(active).toBeGreaterThanOrEqual(1);
    expect(active).toBe(value(after, "assembly_demos", { status: "active" }));
    expect(value(after, "assembly_leads", { funnel_stage: "demo_active" })).toBeGreaterThanOrEqual(1);
  });

  it("counts login codes sent and refused", async () => {
    const email = await createDemo();
    const before = await scrape();
    const seen = await inboxSnapshot(email);
    expect((await postJson("/api/auth/otp/request", { email })).status).toBe(200);
    const code = await waitForOtpCode(email, seen);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await expect(loginWithCode(email, wrong)).rejects.toThrow(/refused/);

    // The email goes out after the response (`after()`), so the sent counter may trail the inbox.
    let after = await scrape();
    for (let i = 0; i < 20 && value(after, "assembly_otp_sent_total") < value(before, "assembly_otp_sent_total") + 1; i++) {
      await new Promise((r) => setTimeout(r, 100));
      after = await scrape();
    }
    expect(value(after, "assembly_otp_sent_total")).toBeGreaterThanOrEqual(value(before, "assembly_otp_sent_total") + 1);
    const failed = (text: string) => value(text, "assembly_otp_failed_total", { reason: "wrong_code" });
    expect(failed(after)).toBeGreaterThanOrEqual(failed(before) + 1);
  });

  it("answers the app's METRICS_TOKEN, and 401 without the right bearer token", async () => {
    expect((await get("/api/metrics", metricsAuth())).status).toBe(200);
    const refused = await get("/api/metrics", { authorization: "Bearer anything" });
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("assembly_active_demos");

    const token = "metrics-token-0123456789abcdef";
    for (const authorization of [null, "", "Bearer wrong", `Bearer ${token}x`, token, `bearer ${token}`]) {
      await expect(scrapeMetrics({ authorization, token })).rejects.toMatchObject({
        code: "metrics_token_invalid",
        publicCode: "unauthorized",
        status: 401,
      });
    }
    const ok = await scrapeMetrics({ authorization: `Bearer ${token}`, token });
    expect(ok.body).toContain("# TYPE assembly_active_demos gauge");
  });

  it("is closed (401) in production when METRICS_TOKEN is unset, whatever the request sends", async () => {
    for (const authorization of [null, "Bearer ", "Bearer undefined"]) {
      await expect(scrapeMetrics({ authorization, token: undefined, production: true })).rejects.toMatchObject({
        code: "metrics_token_invalid",
        publicCode: "unauthorized",
        status: 401,
      });
    }
    const open = await scrapeMetrics({ authorization: null, token: undefined, production: false });
    expect(open.body).toContain("# TYPE assembly_active_demos gauge");
  });

  it("reads cron runs from audit_log by outcome, falling back to the demos the cron expired", async () => {
    const cronRuns = async (tx: Prisma.TransactionClient) => {
      expect(await collectDatabaseGauges(tx)).toBe(true);
      return Object.fromEntries((await metrics.cronRuns.get()).values.map((v) => [v.labels.outcome, v.value]));
    };
    // Each case in a transaction that is rolled back, so the shared database is left as it was.
    const rolledBack = async (fn: (tx: Prisma.TransactionClient) => Promise<void>) => {
      const rollback = new Error("rollback");
      const run = prisma.$transaction(async (tx) => {
        await fn(tx);
        throw rollback;
      });
      await expect(run).rejects.toBe(rollback);
    };
    await rolledBack(async (tx) => {
      await tx.$executeRaw`INSERT INTO audit_log (actor, action, after) VALUES ('cron', 'cron.run', '{"outcome":"ok"}'), ('cron', 'cron.run', '{"outcome":"ok"}'), ('cron', 'cron.run', '{"outcome":"failed"}')`;
      const runs = await cronRuns(tx);
      expect(runs.ok).toBeGreaterThanOrEqual(2);
      expect(runs.failed).toBeGreaterThanOrEqual(1);
      expect(runs).not.toHaveProperty("demo_expired");
    });
    await rolledBack(async (tx) => {
      await tx.$executeRaw`DELETE FROM audit_log WHERE actor = 'cron' AND action = 'cron.run'`;
      await tx.$executeRaw`INSERT INTO demo_events (type, actor) VALUES ('expired', 'cron')`;
      const runs = await cronRuns(tx);
      expect(Object.keys(runs)).toEqual(["demo_expired"]);
      expect(runs.demo_expired).toBeGreaterThanOrEqual(1);
    });
  });

  it("still serves the process metrics when the database is down, with database_up 0", async () => {
    const { body } = await scrapeMetrics({ authorization: null, db: unreachable });
    expect(value(body, "assembly_metrics_database_up")).toBe(0);
    expect(samples(body, "assembly_leads")).toHaveLength(0);
    expect(body).toContain("# TYPE assembly_rate_limited_total counter");
  });
});

describe("log context", () => {
  it("puts the request id and the organization on every log line of a request, errors included", async () => {
    const organizationId = crypto.randomUUID();
    const refusingStore: RateLimitStore = {
      hit: async (_key, limit) => ({ success: false, limit, remaining: 0, resetAt: Date.now() + 60_000 }),
    };
    const route = apiRoute<{ step: string }>(async (_request, { params }) => {
      log.info("before the organization is known");
      bindRequestOrganization({ id: organizationId, isDemo: true });
      if (params.step === "rate-limit") await enforceRateLimit("otpRequestPerIp", "10.0.0.1", refusingStore);
      throw new Error("boom: internal detail");
    });
    const call = (step: string, requestId: string) =>
      route(new NextRequest(`http://app.test/api/probe/${step}`, { headers: { "x-request-id": requestId } }), {
        params: Promise.resolve({ step }),
      });

    logged.length = 0;
    const failed = await call("fail", "req-log-0001");
    expect(failed.status).toBe(500);
    expect(failed.headers.get("x-demo-tenant")).toBe(organizationId);
    expect(await failed.text()).not.toContain("boom");
    const limited = await call("rate-limit", "req-log-0002");
    expect(limited.status).toBe(429);

    const lines = (requestId: string) => logged.filter((l) => l.requestId === requestId);
    expect(logged.every((l) => typeof l.requestId === "string")).toBe(true);
    expect(lines("req-log-0001").map((l) => l.msg)).toEqual(["before the organization is known", "unhandled error", "request completed"]);
    const [first, error, done] = lines("req-log-0001");
    expect(first).toMatchObject({ method: "GET", path: "/api/probe/fail", service: "assembly-demo" });
    expect(first).not.toHaveProperty("organizationId");
    expect(error).toMatchObject({ organizationId, isDemo: true, level: 50, err: { message: "boom: internal detail" } });
    expect(done).toMatchObject({ organizationId, status: 500 });
    expect(lines("req-log-0002").find((l) => l.msg === "rate limited")).toMatchObject({ organizationId, policy: "otpRequestPerIp" });
    expect(JSON.stringify(lines("req-log-0002"))).not.toContain("10.0.0.1");

    // Outside a request nothing is added; a handler without a tenant leaves responses untagged.
    logged.length = 0;
    log.warn("no request");
    expect(logged[0]).not.toHaveProperty("requestId");
    const plain = await apiRoute(async () => NextResponse.json({ ok: true }))(new NextRequest("http://app.test/api/plain"), {
      params: Promise.resolve({}),
    });
    expect(plain.headers.get("x-demo-tenant")).toBeNull();
    expect(logged.at(-1)).toMatchObject({ msg: "request completed", requestId: expect.stringMatching(UUID) as unknown });
  });
});
