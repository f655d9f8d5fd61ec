// Engagement, server side (docs/engagement.md): the score computed in SQL equals the documented formula,
// sorts the console's lists and fills the leads CSV; the lifecycle run sends lead.scored once per
// threshold per demo and a hot-lead email that reaches the sales inbox; a request for more time is
// auto-approved once for an engaged demo, queued otherwise, approved or denied by sales, within the
// extend caps.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalEmail } from "@/lib/validation";
import { getAnalytics } from "@/server/admin/get-analytics";
import { listDemos } from "@/server/admin/list-demos";
import { listLeadExportRows } from "@/server/admin/list-lead-export-rows";
import { listLeads } from "@/server/admin/list-leads";
import { provisionDemo } from "@/server/demo/provision-demo";
import { approveExtensionRequest } from "@/server/engagement/approve-extension-request";
import { denyExtensionRequest } from "@/server/engagement/deny-extension-request";
import { getOnboarding } from "@/server/engagement/get-onboarding";
import { recordEngagementThresholds } from "@/server/engagement/record-engagement-thresholds";
import { requestMoreTime } from "@/server/engagement/request-more-time";
import { engagementScore, getEngagementScores } from "@/server/engagement/score";
import { AppError } from "@/server/http/app-error";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";
import { listEmails } from "./support/inbox";

const DAY_MS = 86_400_000;
const tag = randomBytes(4).toString("hex");
const freshEmail = (name: string) => `eng-${name}-${tag}-${randomBytes(3).toString("hex")}@example.com`;

async function provision(email: string, name?: string, utm = { source: "google", campaign: "black-friday" }): Promise<string> {
  const result = await provisionDemo({ email, name, scenario: getScenario("small-building") });
  if (!result.created) throw new Error("expected a new demo");
  await ownerQuery(
    "INSERT INTO platform_leads (id, email, email_key, name, organization_id, funnel_stage, utm_source, utm_campaign) VALUES (gen_random_uuid(), $1, $2, $3, $4, 'demo_active', $5, $6)",
    [email, canonicalEmail(email), name ?? null, result.organizationId, utm.source, utm.campaign],
  );
  return result.organizationId;
}

type Ev = { type: string; data?: Record<string, unknown>; daysAgo?: number };
async function events(organizationId: string, list: Ev[]): Promise<void> {
  for (const e of list)
    await ownerQuery(
      "INSERT INTO demo_events (organization_id, type, actor, data, created_at) VALUES ($1, $2, 'prospect', $3, now() - make_interval(days => $4))",
      [organizationId, e.type, e.data ? JSON.stringify(e.data) : null, e.daysAgo ?? 0],
    );
}

const login = (daysAgo = 0): Ev => ({ type: "login", daysAgo });
const feature = (name: string, extra: Record<string, unknown> = {}, daysAgo = 0): Ev => ({
  type: "feature_used",
  data: { feature: name, ...extra },
  daysAgo,
});

/** Activity worth 15 (logins) + 20 (4 days) + 30 (6 items) + 12 (4 features) = 77: hot. */
const hotActivity: Ev[] = [
  login(3),
  login(2),
  login(1),
  login(0),
  { type: "page_view", data: { path: "units" }, daysAgo: 3 },
  feature("create_assembly", {}, 2),
  feature("register_attendance", {}, 2),
  feature("close_assembly", {}, 1),
  { type: "minutes_downloaded", daysAgo: 1 },
  feature("change_settings", { themeColor: "#ff0000" }, 0),
];

/** Activity worth 10 (logins) + 10 (2 days) + 15 (3 items) + 6 (2 features) = 41: warm. */
const warmActivity: Ev[] = [
  login(1),
  login(0),
  { type: "page_view", data: { path: "units" }, daysAgo: 1 },
  feature("create_assembly", {}, 0),
  feature("change_settings", { themeColor: "#00aa00" }, 0),
];

describe("engagement score in SQL", () => {
  it("equals the documented formula for the demo's real events, and ticks the checklist", async () => {
    const id = await provision(freshEmail("formula"));
    await events(id, [...hotActivity, { type: "share_link_view" }, { type: "share_link_view" }, { type: "share_link_created" }]);
    const engagement = (await getEngagementScores([id])).get(id)!;
    expect(engagement).toMatchObject({ logins: 4, activeDays: 4, checklistDone: 7, features: 4, shareLinkViews: 2 });
    expect(engagement.score).toBe(engagementScore(engagement));
    expect(engagement.score).toBe(15 + 20 + 35 + 12 + 10);
    expect(engagement.level).toBe("hot");

    const onboarding = await getOnboarding(id);
    expect(onboarding.completed).toBe(7);
    expect(onboarding.items.every((item) => item.done)).toBe(true);
  });

  it("does not tick 'change the colour' for a settings change without a colour, nor count the council's views as active days", async () => {
    const id = await provision(freshEmail("partial"));
    await events(id, [feature("change_settings", {}, 0), { type: "share_link_view", daysAgo: 5 }]);
    const engagement = (await getEngagementScores([id])).get(id)!;
    expect(engagement.done.change_color).toBe(false);
    expect(engagement).toMatchObject({ activeDays: 1, features: 1, shareLinkViews: 1, checklistDone: 0 });
    expect(engagement.score).toBe(5 + 3 + 5);
  });

  it("sorts the demos and the leads by score and puts it in the CSV", async () => {
    const q = `eng-sort-`;
    const [hot, warm, cold] = [freshEmail("sort-hot"), freshEmail("sort-warm"), freshEmail("sort-cold")];
    const ids = [await provision(cold), await provision(hot), await provision(warm)];
    await events(ids[1]!, hotActivity);
    await events(ids[2]!, warmActivity);

    const demos = await listDemos({ q: `${q}`, sort: "score_desc", pageSize: 100 });
    const mine = demos.rows.filter((r) => [hot, warm, cold].includes(r.email!));
    expect(mine.map((r) => r.email)).toEqual([hot, warm, cold]);
    expect(mine.map((r) => r.engagementScore)).toEqual([77, 41, 0]);

    const leads = await listLeads({ q: `sort-`, sort: "score_desc", pageSize: 100 });
    expect(leads.rows.filter((r) => [hot, warm, cold].includes(r.email)).map((r) => r.engagementScore)).toEqual([77, 41, 0]);

    const { rows } = await listLeadExportRows({ q: `sort-hot-${tag}` });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.engagement_score).toBe(77);
  });
});

describe("thresholds: lead.scored and the hot-lead email", () => {
  it("sends lead.scored once per threshold per demo, and emails sales once when hot", async () => {
    const email = freshEmail("thresholds");
    const id = await provision(email, "Marta Gómez");
    await events(id, warmActivity);
    await recordEngagementThresholds({ organizationIds: [id] });
    await recordEngagementThresholds({ organizationIds: [id] });

    const scored = () =>
      ownerQuery<{ idempotency_key: string; payload: { email: string; data: { level: string; score: number; threshold: number } } }>(
        "SELECT idempotency_key, payload FROM outbox_events WHERE event_type = 'lead.scored' AND payload->>'organizationId' = $1 ORDER BY id",
        [id],
      );
    expect((await scored()).map((e) => e.payload.data)).toEqual([{ level: "warm", score: 41, threshold: 40 }]);

    // More use makes it hot: the hot threshold is sent once, warm is not sent again.
    await events(id, [
      login(2),
      login(3),
      { type: "minutes_downloaded", daysAgo: 2 },
      feature("close_assembly", {}, 3),
      feature("register_attendance"),
    ]);
    await Promise.all([recordEngagementThresholds({ organizationIds: [id] }), recordEngagementThresholds({ organizationIds: [id] })]);
    const after = await scored();
    expect(after.map((e) => e.payload.data.level)).toEqual(["warm", "hot"]);
    expect(after[1]!.payload).toMatchObject({ email, data: { level: "hot", threshold: 70 } });
    expect(after[1]!.idempotency_key).toBe(`lead.scored:${id}:hot`);

    const queued = await ownerQuery<{ to_address: string; status: string }>(
      "SELECT to_address, status FROM email_outbox WHERE organization_id = $1 AND kind = 'hot_lead'",
      [id],
    );
    expect(queued).toEqual([{ to_address: "ventas@assembly.test", status: "pending" }]);

    // The lifecycle run sends it: it reaches the sales inbox, naming the prospect and the score.
    const run = await runLifecycle();
    expect(run.errors).toEqual([]);
    const mail = (await listEmails("ventas@assembly.test")).find((m) => m.subject.includes(email));
    expect(mail?.subject).toMatch(/Lead caliente/);
    expect(mail?.text).toContain("Marta Gómez");
    expect(mail?.text).toContain(`/admin/demos/${id}`);
  });

  it("leaves cold demos alone", async () => {
    const id = await provision(freshEmail("cold"));
    await events(id, [login()]);
    await recordEngagementThresholds({ organizationIds: [id] });
    expect(await ownerQuery("SELECT 1 FROM engagement_thresholds WHERE organization_id = $1", [id])).toEqual([]);
  });
});

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

const expiryOf = async (id: string) =>
  (
    await ownerQuery<{ demo_expires_at: Date; extensions_used: number }>(
      "SELECT demo_expires_at, extensions_used FROM organizations WHERE id = $1",
      [id],
    )
  )[0]!;

describe("more time", () => {
  it("auto-approves the first request of an engaged demo, then queues the next for sales", async () => {
    const email = freshEmail("auto");
    const id = await provision(email);
    await events(id, warmActivity);
    const before = await expiryOf(id);

    const first = await requestMoreTime({ organizationId: id, email, message: "Junta el jueves" });
    expect(first).toMatchObject({ status: "approved", days: 7, score: 41 });
    const extended = await expiryOf(id);
    expect(extended.demo_expires_at.getTime() - before.demo_expires_at.getTime()).toBe(7 * DAY_MS);
    expect(extended.extensions_used).toBe(1);
    const audit = await ownerQuery<{ actor: string; action: string }>(
      "SELECT actor, action FROM audit_log WHERE organization_id = $1 ORDER BY id",
      [id],
    );
    expect(audit.map((a) => `${a.action}:${a.actor}`)).toEqual(expect.arrayContaining([`extension_requested:${email}`, "extended:system"]));

    const second = await requestMoreTime({ organizationId: id, email });
    expect(second.status).toBe("pending");
    await expectCode(requestMoreTime({ organizationId: id, email }), "extension_request_pending");
    expect((await expiryOf(id)).extensions_used).toBe(1);
  });

  it("queues a cold demo's request; sales approve it with the extend caps, or deny it", async () => {
    const email = freshEmail("queued");
    const id = await provision(email);
    const before = await expiryOf(id);
    const asked = await requestMoreTime({ organizationId: id, email });
    expect(asked.status).toBe("pending");
    expect((await expiryOf(id)).extensions_used).toBe(0);

    await approveExtensionRequest({ requestId: asked.requestId, actor: "sales@assembly.test", days: 10 });
    const after = await expiryOf(id);
    expect(after.demo_expires_at.getTime() - before.demo_expires_at.getTime()).toBe(10 * DAY_MS);
    await expectCode(approveExtensionRequest({ requestId: asked.requestId, actor: "sales@assembly.test" }), "extension_request_decided");
    const [row] = await ownerQuery<{ status: string; days: number; decided_by: string }>(
      "SELECT status, days, decided_by FROM extension_requests WHERE id = $1",
      [asked.requestId],
    );
    expect(row).toEqual({ status: "approved", days: 10, decided_by: "sales@assembly.test" });

    // Over the cap (30 days beyond the original 15, 10 used): refused like the console's extend.
    const again = await requestMoreTime({ organizationId: id, email });
    await expectCode(
      approveExtensionRequest({ requestId: again.requestId, actor: "sales@assembly.test", days: 25 }),
      "extension_days_exceeded",
    );
    await denyExtensionRequest({ requestId: again.requestId, actor: "sales@assembly.test", reason: "Ya tuvo tiempo" });
    expect((await expiryOf(id)).extensions_used).toBe(1);
    const denied = await ownerQuery("SELECT 1 FROM demo_events WHERE organization_id = $1 AND type = 'extension_denied'", [id]);
    expect(denied).toHaveLength(1);
  });

  it("refuses once the demo used both extensions, and brings an expired engaged demo back for a week", async () => {
    const email = freshEmail("expired");
    const id = await provision(email);
    await events(id, warmActivity);
    await ownerQuery(
      "UPDATE organizations SET demo_expires_at = now() - interval '2 days', status = 'expired', expired_at = now() WHERE id = $1",
      [id],
    );
    const result = await requestMoreTime({ organizationId: id, email });
    expect(result.status).toBe("approved");
    const after = await expiryOf(id);
    expect(after.demo_expires_at.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY_MS);
    const [org] = await ownerQuery<{ status: string }>("SELECT status FROM organizations WHERE id = $1", [id]);
    expect(org!.status).toBe("active");

    await ownerQuery("UPDATE organizations SET extensions_used = 2 WHERE id = $1", [id]);
    await expectCode(requestMoreTime({ organizationId: id, email }), "extension_limit_reached");
  });
});

describe("analytics", () => {
  it("splits the funnel by UTM source and campaign, and measures the time to first login (median, p75)", async () => {
    const campaign = `camp-${tag}`;
    const start = new Date();
    const ids = [
      await provision(freshEmail("utm-a"), undefined, { source: "newsletter", campaign }),
      await provision(freshEmail("utm-b"), undefined, { source: "newsletter", campaign }),
      await provision(freshEmail("utm-c"), undefined, { source: "newsletter", campaign }),
    ];
    // Moved 200 days back, alone in their range: logins 1 h, 2 h and 4 h after creation; the first
    // prospect also came back the next day.
    await ownerQuery("UPDATE organizations SET created_at = created_at - interval '200 days' WHERE id = ANY($1::uuid[])", [ids]);
    await ownerQuery("UPDATE platform_leads SET created_at = created_at - interval '200 days' WHERE organization_id = ANY($1::uuid[])", [
      ids,
    ]);
    for (const [i, hours] of [1, 2, 4].entries())
      await ownerQuery(
        "INSERT INTO demo_events (organization_id, type, actor, created_at) SELECT id, 'login', 'p', created_at + make_interval(hours => $2) FROM organizations WHERE id = $1",
        [ids[i], hours],
      );
    await ownerQuery(
      "INSERT INTO demo_events (organization_id, type, actor, created_at) SELECT id, 'page_view', 'p', created_at + interval '1 day 2 hours' FROM organizations WHERE id = $1",
      [ids[0]],
    );
    const from = new Date(start.getTime() - 200 * DAY_MS - 60_000);
    const analytics = await getAnalytics({ from, to: new Date(Date.now() - 199 * DAY_MS) }, new Date());

    const row = analytics.bySource.find((r) => r.source === "newsletter" && r.campaign === campaign);
    expect(row).toEqual({ source: "newsletter", campaign, leads: 3, demo: 3, firstLogin: 3, activeTwoDays: 1, converted: 0 });
    // Only these three demos were created in that range: median 2 h, p75 3 h.
    expect(analytics.timeToFirstLogin).toMatchObject({ demos: 3, withLogin: 3, medianMs: 2 * 3_600_000, p75Ms: 3 * 3_600_000 });
  });
});
