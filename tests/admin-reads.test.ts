// The sales console's read functions (docs/rules.md#sales-console), called as the /admin server components will call
// them, over data created through the public API: leads with their demo status, the CSV rows, demos
// with their activity, one demo's detail, analytics and the audit log.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { demoListQuerySchema, leadListQuerySchema } from "@/lib/schemas/admin";
import { getAnalytics } from "@/server/admin/get-analytics";
import { getDemoDetail } from "@/server/admin/get-demo-detail";
import { listAuditLog } from "@/server/admin/list-audit-log";
import { listDemos } from "@/server/admin/list-demos";
import { leadExportColumns, listLeadExportRows } from "@/server/admin/list-lead-export-rows";
import { listLeads } from "@/server/admin/list-leads";
import { extendDemo } from "@/server/demo/extend-demo";
import { markConverted } from "@/server/demo/mark-converted";
import { terminateDemo } from "@/server/demo/terminate-demo";
import { ownerQuery, postJson, orgIdOf } from "./support/app";

const tag = `reads${randomBytes(4).toString("hex")}`;
const emailA = `${tag}-a@example.com`;
const emailB = `${tag}-b@example.com`;
const emailC = `${tag}-c@example.com`;
const emailD = `${tag}-d@example.com`;
const feature = `feature_${tag}`;
let orgA: string;
let orgB: string;
let orgD: string;

beforeAll(async () => {
  const responses = await Promise.all([
    postJson("/api/demo/request", { email: emailA, profile: "admin_ph", name: "Ana Andrade", utm_source: tag }),
    postJson("/api/demo/request", {
      email: emailB,
      profile: "demo_only",
      name: '=HYPERLINK("http://evil.example")',
      scenario: "small-building",
    }),
    postJson("/api/demo/request", { email: emailC, profile: "resident", name: "Carla Cano" }),
    postJson("/api/demo/request", { email: emailD, profile: "admin_ph", name: "Diego Díaz" }),
  ]);
  expect(responses.map((r) => r.status)).toEqual([201, 201, 200, 201]);
  [orgA, orgB, orgD] = await Promise.all([orgIdOf(emailA), orgIdOf(emailB), orgIdOf(emailD)]);
  await extendDemo({ organizationId: orgA, days: 5, actor: "sales@assembly.test" });
  await terminateDemo({ organizationId: orgB, actor: "sales@assembly.test" });
  await markConverted({ organizationId: orgD, actor: "sales@assembly.test" });
  // A's prospect: logged in today and two days ago, looked at pages, used a feature.
  await ownerQuery(
    `INSERT INTO demo_events (organization_id, type, actor, data, created_at) VALUES
       ($1, 'login', $2, NULL, now() - interval '2 days'),
       ($1, 'login', $2, NULL, now()),
       ($1, 'page_view', $2, '{"path":"/dashboard/admin-ph"}', now()),
       ($1, 'page_view', $2, '{"path":"/dashboard/admin-ph/units"}', now()),
       ($1, 'feature_used', $2, $3::jsonb, now())`,
    [orgA, emailA, JSON.stringify({ feature })],
  );
});

describe("listLeads and the CSV rows", () => {
  it("lists the leads with their demo status, filtered, sorted and paginated", async () => {
    const all = await listLeads(leadListQuerySchema.parse({ q: tag, sort: "email_asc" }));
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => [r.email, r.demoStatus, r.funnelStage])).toEqual([
      [emailA, "active", "demo_active"],
      [emailB, "terminated", "demo_active"],
      [emailC, null, "new"],
      [emailD, "converted", "converted"],
    ]);
    expect(all.rows[0]).toMatchObject({
      name: "Ana Andrade",
      utmSource: tag,
      leadSource: "chatbot",
      organizationId: orgA,
      profile: "admin_ph",
    });

    expect((await listLeads({ q: tag, demoStatus: "none" })).rows.map((r) => r.email)).toEqual([emailC]);
    expect((await listLeads({ q: tag, demoStatus: "terminated" })).rows.map((r) => r.email)).toEqual([emailB]);
    expect((await listLeads({ q: tag, stage: "converted" })).rows.map((r) => r.email)).toEqual([emailD]);
    expect((await listLeads({ q: "ANA ANDRADE" })).rows.map((r) => r.email)).toContain(emailA);
    expect((await listLeads({ q: `${tag}%` })).total).toBe(0); // wildcards match literally
    const page2 = await listLeads({ q: tag, sort: "email_asc", page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.rows.map((r) => r.email)).toEqual([emailD]);
    expect((await listLeads({ q: tag, from: new Date(Date.now() + 60_000) })).total).toBe(0);
    // Hand-edited search params fall back to defaults instead of failing the page.
    expect(leadListQuerySchema.parse({ page: "-3", pageSize: "9999", sort: "drop table", demoStatus: "x" })).toMatchObject({
      page: 1,
      pageSize: 25,
      sort: "created_desc",
    });
  });

  it("gives the export as flat rows for a CSV library, formulas neutralized", async () => {
    const { rows, truncated } = await listLeadExportRows({ q: tag, sort: "email_asc" });
    expect(truncated).toBe(false);
    expect(rows).toHaveLength(4);
    expect(Object.keys(rows[0]!)).toEqual([...leadExportColumns]);
    expect(rows[1]!.name).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows[2]).toMatchObject({ email: emailC, demo_status: "", organization_id: "", utm_medium: "" });
    for (const row of rows) for (const value of Object.values(row)) expect(["string", "number"]).toContain(typeof value);
  });
});

describe("listDemos and getDemoDetail", () => {
  it("lists demos with expiry, extensions, logins, page views and last activity", async () => {
    const { rows, total } = await listDemos(demoListQuerySchema.parse({ q: tag, sort: "logins_desc" }));
    expect(total).toBe(3);
    const a = rows[0]!;
    expect(a).toMatchObject({
      id: orgA,
      email: emailA,
      status: "active",
      extensionsUsed: 1,
      extensionsLeft: 1,
      logins: 2,
      pageViews: 2,
      superseded: false,
      scenario: "urban-tower",
    });
    expect(a.lastActivityAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(a.demoExpiresAt!.getTime() - a.createdAt.getTime()).toBe(20 * 86_400_000);
    expect((await listDemos({ q: tag, status: "terminated" })).rows.map((r) => r.id)).toEqual([orgB]);
    expect((await listDemos({ q: tag, scenario: "small-building" })).rows.map((r) => r.id)).toEqual([orgB]);
    expect((await listDemos({ q: tag, status: "purged" })).total).toBe(0);
  });

  it("shows one demo's timeline, audit entries, limits and content", async () => {
    const detail = await getDemoDetail(orgA);
    expect(detail).not.toBeNull();
    expect(detail!.user).toMatchObject({ email: emailA });
    expect(detail!.lead).toMatchObject({ email: emailA, utmSource: tag });
    expect(detail!.content).toEqual({ units: 50, residents: expect.any(Number), assemblies: expect.any(Number) });
    expect(detail!.featureUsage).toEqual([{ feature, count: 1 }]);
    expect(detail!.events.map((e) => e.type)).toEqual(
      expect.arrayContaining(["created", "extended", "login", "page_view", "feature_used"]),
    );
    expect(detail!.audit.map((e) => [e.action, e.actor])).toEqual([
      ["extended", "sales@assembly.test"],
      ["created", "system"],
    ]);
    expect(detail!.limits.latestExpiry!.getTime()).toBe(detail!.demo.createdAt.getTime() + 45 * 86_400_000);
    expect(detail!.notifications.map((n) => n.kind)).toContain("ready");

    expect(await getDemoDetail("00000000-0000-0000-0000-000000000000")).toBeNull();
    expect(await getDemoDetail("not-a-uuid")).toBeNull();
  });
});

describe("getAnalytics", () => {
  it("counts demos per day, the funnel, usage per scenario and cap hits over a range", async () => {
    // Move our four leads into a window of their own, far from the other tests' leads.
    const windowStart = new Date(Date.now() - 200 * 86_400_000);
    await ownerQuery("UPDATE platform_leads SET created_at = $2 WHERE email LIKE $1", [`${tag}-%`, windowStart]);
    const funnelOnly = await getAnalytics({ from: windowStart, to: new Date(windowStart.getTime() + 60_000) });
    // A: demo, logged in on two days; B: demo, never logged in; C: lead only; D: converted.
    expect(funnelOnly.funnel).toEqual({ leads: 4, demo: 3, firstLogin: 1, activeTwoDays: 1, converted: 1 });
    expect(funnelOnly.perDay).toHaveLength(1);

    const recent = await getAnalytics({ from: new Date(Date.now() - 3 * 86_400_000), to: new Date(Date.now() + 60_000) });
    expect(recent.perDay.length).toBeGreaterThanOrEqual(3);
    expect(recent.perDay.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day))).toBe(true);
    expect(recent.perDay.reduce((sum, d) => sum + d.demosCreated, 0)).toBeGreaterThanOrEqual(3);
    expect(recent.featureUsage).toContainEqual({ feature, count: 1 });
    const urban = recent.byScenario.find((s) => s.scenario === "urban-tower")!;
    expect(urban.logins).toBeGreaterThanOrEqual(2);
    expect(urban.pageViews).toBeGreaterThanOrEqual(2);
    expect(urban.featureUsage).toContainEqual({ feature, count: 1 });
    expect(recent.byScenario.map((s) => s.scenario)).toEqual(
      expect.arrayContaining(["urban-tower", "small-building", "residential-complex"]),
    );
    expect(recent.capHits).toBeGreaterThanOrEqual(0);
    expect(recent.activeNow).toBeGreaterThanOrEqual(1);

    // Defaults: the last 30 days.
    const defaults = await getAnalytics();
    expect(defaults.to.getTime() - defaults.from.getTime()).toBe(30 * 86_400_000);
  });
});

describe("listAuditLog", () => {
  it("lists lifecycle actions newest first, with the demo's name", async () => {
    const page = await listAuditLog({ organizationId: orgB });
    expect(page.rows.map((r) => [r.action, r.actor])).toEqual([
      ["terminated", "sales@assembly.test"],
      ["created", "system"],
    ]);
    expect(page.rows[0]).toMatchObject({
      organizationName: "Edificio Los Almendros P.H.",
      leadEmail: emailB,
      before: { status: "active" },
    });
    expect(page.total).toBe(2);
    const bySales = await listAuditLog({ actor: "sales@assembly.test", pageSize: 5 });
    expect(bySales.rows.length).toBeGreaterThanOrEqual(1);
    expect(bySales.rows.every((r) => r.actor === "sales@assembly.test")).toBe(true);
  });
});
