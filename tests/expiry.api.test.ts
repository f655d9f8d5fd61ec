// Expiry (docs/rules.md#demo-lifecycle): the cron route's auth and idempotency, and denial of an expired demo on pages
// and APIs — also for a session opened before expiry.
import { describe, expect, it } from "vitest";
import { appUrl, createDemo, login, ownerQuery, orgIdOf } from "./support/app";

const cron = (authorization?: string) => fetch(`${appUrl()}/api/cron/expire-demos`, { headers: authorization ? { authorization } : {} });
const CRON_SECRET = process.env.CRON_SECRET!; // this run's secret, passed by scripts/test.ts

describe("GET /api/cron/expire-demos", () => {
  it("answers 401 without the bearer token or with a wrong one", async () => {
    for (const header of [undefined, "Bearer wrong", `Basic ${CRON_SECRET}`, CRON_SECRET]) {
      const res = await cron(header);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
  });

  it("marks demos past their expiry once, records one event each, and is idempotent", async () => {
    const [due, notDue] = await Promise.all([createDemo(), createDemo()]);
    const [dueOrg, notDueOrg] = await Promise.all([orgIdOf(due), orgIdOf(notDue)]);
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 minute' WHERE id = $1", [dueOrg]);

    const [first, second] = await Promise.all([cron(`Bearer ${CRON_SECRET}`), cron(`Bearer ${CRON_SECRET}`)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    const bodies = (await Promise.all([first.json(), second.json()])) as { ok: boolean; expired: number }[];
    expect(bodies.every((b) => b.ok && Number.isInteger(b.expired))).toBe(true);
    const third = (await (await cron(`Bearer ${CRON_SECRET}`)).json()) as { expired: number };
    expect(third.expired).toBe(0);

    const rows = await ownerQuery<{ id: string; status: string; events: number }>(
      `SELECT o.id, o.status, (SELECT count(*)::int FROM demo_events e WHERE e.organization_id = o.id AND e.type = 'expired') AS events
       FROM organizations o WHERE o.id = ANY($1::uuid[]) ORDER BY o.id`,
      [[dueOrg, notDueOrg]],
    );
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[dueOrg]).toMatchObject({ status: "expired", events: 1 });
    expect(byId[notDueOrg]).toMatchObject({ status: "active", events: 0 });
  });

  it("never expires the shared QA demo (no expiry date)", async () => {
    await cron(`Bearer ${CRON_SECRET}`);
    const [qa] = await ownerQuery(
      "SELECT o.status, o.is_demo, o.demo_expires_at FROM organizations o JOIN users u ON u.organization_id = o.id WHERE u.email = 'demo@assembly2.com'",
    );
    expect(qa).toEqual({ status: "active", is_demo: true, demo_expires_at: null });
  });
});

describe("an expired demo", () => {
  it("is denied on its API (403 demo_expired) and pages (Demo vencido) for a session opened before expiry", async () => {
    const email = await createDemo();
    const cookie = await login(email);
    const overview = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie } });
    expect(overview.status).toBe(200);
    const data = (await overview.json()) as { unitCount: number; units: unknown[]; organization: { name: string } };
    expect(data.unitCount).toBe(50);
    expect(data.units).toHaveLength(50);
    expect(data.organization.name).toContain("Urban Tower");

    // Expiry passes; the cron has NOT run: access is still denied, from the database, per request.
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '1 second' WHERE id = $1", [await orgIdOf(email)]);
    const denied = await fetch(`${appUrl()}/api/dashboard/overview`, { headers: { cookie } });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("demo_expired");
    const page = await fetch(`${appUrl()}/dashboard/admin-ph?mode=demo`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Demo vencido");
    expect(html).not.toContain("Urban Tower");
  });

  it("answers 401 on tenant APIs without a session, and the dashboard sends visitors to /login", async () => {
    const api = await fetch(`${appUrl()}/api/dashboard/overview`);
    expect(api.status).toBe(401);
    const page = await fetch(`${appUrl()}/dashboard/admin-ph?mode=demo`, { redirect: "manual" });
    expect([302, 303, 307, 308]).toContain(page.status);
    expect(page.headers.get("location")).toContain("/login");
  });
});
