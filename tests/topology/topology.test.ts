// The production shape (scripts/test-topology.ts): nginx → two `next start` instances → PgBouncer in
// transaction mode → PostgreSQL, rate limits in Upstash (redis-server). Everything goes through nginx,
// which appends the client's address to X-Forwarded-For; each simulated visitor connects from its own
// loopback address instead of forging the header.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ownerQuery } from "../support/app";
import { inboxSnapshot, listEmails, waitForOtpCode } from "../support/inbox";
import { call, freshClientAddress, instanceUrls, proxyUrl, randomEmail, signIn } from "./support";

/**
 * Waits past a rate-limit window's edge when one is close: windows are fixed and aligned to the epoch
 * (an hour resets at :00 UTC), so hits straddling the edge would count in two windows.
 */
async function awayFromWindowEdge(windowMs: number, marginMs = 20_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((r) => setTimeout(r, left + 1_000));
}

const demoRequest = (base: string, email: string, from: string) =>
  call(base, "/api/demo/request", { body: { email, profile: "admin_ph" }, from });

describe("the demo-request contract across two instances", () => {
  it("creates one demo on one instance and reports it from the other", async () => {
    const [one, two] = instanceUrls();
    const email = randomEmail("topo");
    const created = await demoRequest(one, email, freshClientAddress());
    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ success: true, already_exists: false, login_url: "/login" });
    const again = await demoRequest(two, email, freshClientAddress());
    expect(again.status).toBe(200);
    expect(again.json()).toMatchObject({ success: true, already_exists: true, login_url: "/login" });

    const rows = await ownerQuery<{ orgs: number; events: number; ready: string }>(
      `SELECT (SELECT count(*)::int FROM users WHERE email = $1) AS orgs,
              (SELECT count(*)::int FROM outbox_events WHERE payload->>'email' = $1 AND event_type IN ('lead.captured', 'demo.created')) AS events,
              (SELECT string_agg(status, ',') FROM email_outbox WHERE to_address = $1 AND kind = 'demo_ready') AS ready`,
      [email],
    );
    expect(rows[0]).toMatchObject({ orgs: 1, events: 2 });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await listEmails(email)).length === 0) await new Promise((r) => setTimeout(r, 200));
    expect((await listEmails(email)).filter((m) => /listo/.test(m.subject))).toHaveLength(1);
  });

  it("creates exactly one demo for 20 simultaneous requests spread over both instances", async () => {
    const urls = instanceUrls();
    const email = randomEmail("race");
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => demoRequest(urls[i % 2]!, email, freshClientAddress())));
    const statuses = answers.map((a) => a.status);
    // The per-email limit (3 a day) refuses most of them: what matters is one demo and no 5xx.
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => s === 201 || s === 200 || s === 429)).toBe(true);
    const [row] = await ownerQuery<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE email = $1", [email]);
    expect(row!.n).toBe(1);
  });
});

describe("rate limits shared by both instances (Upstash store)", () => {
  it("counts one client address across instances: the 6th demo request in an hour is refused", async () => {
    const urls = instanceUrls();
    const from = freshClientAddress();
    const statuses: number[] = [];
    await awayFromWindowEdge(60 * 60_000);
    for (let i = 0; i < 6; i++) statuses.push((await demoRequest(urls[i % 2]!, randomEmail("perip"), from)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = await demoRequest(urls[1], randomEmail("perip"), from);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  it("counts one email across instances and addresses: the 4th request in a day is refused", async () => {
    const urls = instanceUrls();
    const email = randomEmail("peremail");
    const statuses: number[] = [];
    await awayFromWindowEdge(24 * 60 * 60_000);
    for (let i = 0; i < 4; i++) statuses.push((await demoRequest(urls[i % 2]!, email, freshClientAddress())).status);
    expect(statuses).toEqual([201, 200, 200, 429]);
  });
});

describe("sign-in across instances", () => {
  it("signs in on instance 2 with a code requested on instance 1, and the session works on both", async () => {
    const [one, two] = instanceUrls();
    const email = randomEmail("cross");
    expect((await demoRequest(one, email, freshClientAddress())).status).toBe(201);
    const before = await inboxSnapshot(email);
    const from = freshClientAddress();
    const requested = await call(one, "/api/auth/otp/request", { body: { email }, from });
    expect(requested.status).toBe(200);
    const code = await waitForOtpCode(email, before);
    const cookie = await signIn(two, email, code, from);
    for (const base of [one, two]) {
      const overview = await call(base, "/api/dashboard/overview", { headers: { cookie }, from });
      expect(overview.status).toBe(200);
    }
  });
});

describe("tenant isolation under transaction pooling", () => {
  it("never lets app.organization_id leak between clients that share PgBouncer's server connections", async () => {
    const orgs = (await ownerQuery<{ id: string }>("SELECT organization_id AS id FROM units GROUP BY organization_id LIMIT 6")).map(
      (r) => r.id,
    );
    expect(orgs.length).toBeGreaterThanOrEqual(2);
    const clients = Array.from({ length: 16 }, () => new pg.Client({ connectionString: process.env.POOLED_DATABASE_URL }));
    await Promise.all(clients.map((c) => c.connect()));
    const backendsByClient = clients.map(() => new Set<number>());
    const problems: string[] = [];
    try {
      await Promise.all(
        clients.map(async (client, i) => {
          for (let round = 0; round < 25; round++) {
            const org = orgs[(i + round) % orgs.length]!;
            await client.query("BEGIN");
            await client.query("SELECT set_config('app.organization_id', $1, true)", [org]);
            const inside = await client.query<{ others: number; mine: string; pid: number }>(
              "SELECT (SELECT count(*)::int FROM units WHERE organization_id <> $1::uuid) AS others, current_setting('app.organization_id') AS mine, pg_backend_pid() AS pid",
              [org],
            );
            await client.query("SELECT pg_sleep(0.002)");
            const late = await client.query<{ mine: string; visible: number }>(
              "SELECT current_setting('app.organization_id') AS mine, (SELECT count(*)::int FROM units WHERE organization_id <> $1::uuid) AS visible",
              [org],
            );
            await client.query("COMMIT");
            backendsByClient[i]!.add(inside.rows[0]!.pid);
            if (inside.rows[0]!.others !== 0 || late.rows[0]!.visible !== 0) problems.push(`client ${i} saw another organization's units`);
            if (inside.rows[0]!.mine !== org || late.rows[0]!.mine !== org)
              problems.push(`client ${i} read another organization's setting`);
            // Outside a transaction the setting is gone, whatever another client set on this server connection.
            const outside = await client.query<{ mine: string | null }>("SELECT current_setting('app.organization_id', true) AS mine");
            if (outside.rows[0]!.mine) problems.push(`client ${i} inherited app.organization_id=${outside.rows[0]!.mine}`);
          }
        }),
      );
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect(problems).toEqual([]);
    // The proof needs sharing: 16 clients, at most 4 server connections (default_pool_size).
    const allBackends = new Set(backendsByClient.flatMap((s) => [...s]));
    expect(allBackends.size).toBeLessThanOrEqual(4);
    expect(backendsByClient.filter((s) => s.size > 1).length).toBeGreaterThan(0);
  });

  it("shows each signed-in prospect only their own units while many of them read at once through both instances", async () => {
    const urls = instanceUrls();
    const prospects = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const email = randomEmail("iso");
        const from = freshClientAddress();
        expect((await demoRequest(urls[0], email, from)).status).toBe(201);
        const before = await inboxSnapshot(email);
        expect((await call(urls[1], "/api/auth/otp/request", { body: { email }, from })).status).toBe(200);
        const cookie = await signIn(proxyUrl(), email, await waitForOtpCode(email, before), from);
        const own = await ownerQuery<{ id: string }>(
          "SELECT n.id FROM units n JOIN users u ON u.organization_id = n.organization_id WHERE u.email = $1",
          [email],
        );
        return { cookie, from, own: new Set(own.map((r) => r.id)) };
      }),
    );
    const reads = await Promise.all(
      Array.from({ length: 48 }, async (_, i) => {
        const p = prospects[i % prospects.length]!;
        const res = await call(proxyUrl(), "/api/units?pageSize=100", { headers: { cookie: p.cookie }, from: p.from });
        const ids = [...res.text.matchAll(/"id":"([0-9a-f-]{36})"/g)].map((m) => m[1]!);
        return { status: res.status, foreign: ids.filter((id) => !p.own.has(id) && prospects.some((q) => q.own.has(id))) };
      }),
    );
    expect(reads.map((r) => r.status).every((s) => s === 200)).toBe(true);
    expect(reads.flatMap((r) => r.foreign)).toEqual([]);
  });
});
