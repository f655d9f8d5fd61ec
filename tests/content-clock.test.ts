// The demo's content clock (docs/rules.md#scenarios-and-seed-content): "Avanzar 30 días" moves the content
// — dues, due assemblies, reminders — and never the demo's own expiry; bounded; demos only.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { advanceContentClock } from "@/server/content-clock/advance-content-clock";
import { MAX_CONTENT_CLOCK_OFFSET_DAYS } from "@/server/content-clock/content-clock";
import { withTenant } from "@/server/db/tenant";
import { provisionDemo } from "@/server/demo/provision-demo";
import { AppError } from "@/server/http/app-error";
import { getScenario } from "@/server/scenarios/registry";
import { ensureScenarioTemplate } from "@/server/scenarios/scenario-template";
import { ownerQuery } from "./support/app";

async function provision(): Promise<string> {
  const email = `clock-${randomBytes(5).toString("hex")}@example.com`;
  const result = await provisionDemo({ email, scenario: getScenario("urban-tower"), locale: "es" });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

const dues = (organizationId: string) =>
  ownerQuery<{ id: string; dues_status: string }>("SELECT id, dues_status FROM units WHERE organization_id = $1 ORDER BY id", [
    organizationId,
  ]);
const organization = (organizationId: string) =>
  ownerQuery<{ demo_expires_at: Date; content_clock_offset_days: number }>(
    "SELECT demo_expires_at, content_clock_offset_days FROM organizations WHERE id = $1",
    [organizationId],
  ).then((rows) => rows[0]!);

describe("time travel", () => {
  it("moves dues and brings the upcoming assembly due, with activity rows and an event, leaving demo_expires_at unchanged", async () => {
    const organizationId = await provision();
    const before = await organization(organizationId);
    const duesBefore = await dues(organizationId);
    const now = new Date();

    const result = await withTenant(organizationId, (tenant) =>
      advanceContentClock(tenant, { days: 30, actor: "prospect@example.com", now }),
    );

    expect(result.offsetDays).toBe(30);
    expect(new Date(result.contentNow).getTime() - now.getTime()).toBe(30 * 86_400_000);
    const after = await organization(organizationId);
    expect(after.demo_expires_at.toISOString()).toBe(before.demo_expires_at.toISOString());
    expect(result.demoExpiresAt).toBe(before.demo_expires_at.toISOString());
    expect(after.content_clock_offset_days).toBe(30);

    const duesAfter = new Map((await dues(organizationId)).map((u) => [u.id, u.dues_status]));
    const caughtUp = duesBefore.filter((u) => u.dues_status === "in_arrears" && duesAfter.get(u.id) === "up_to_date").length;
    const fellBehind = duesBefore.filter((u) => u.dues_status === "up_to_date" && duesAfter.get(u.id) === "in_arrears").length;
    expect(caughtUp + fellBehind).toBeGreaterThan(0);
    expect({ caughtUp, fellBehind }).toEqual({ caughtUp: result.caughtUp, fellBehind: result.fellBehind });

    // The seeded assembly 14 days ahead is now behind the content clock: due.
    expect(result.assembliesDue).toBe(1);
    const activity = await ownerQuery<{ kind: string; n: number }>(
      "SELECT kind, count(*)::int AS n FROM building_activity WHERE organization_id = $1 GROUP BY kind ORDER BY kind",
      [organizationId],
    );
    expect(Object.fromEntries(activity.map((a) => [a.kind, a.n]))).toMatchObject({
      assembly_due: 1,
      ...(caughtUp ? { payment: caughtUp } : {}),
      ...(fellBehind ? { dues_reminder: fellBehind } : {}),
    });
    const events = await ownerQuery<{ data: { days: number; offsetDays: number } }>(
      "SELECT data FROM demo_events WHERE organization_id = $1 AND type = 'time_travel'",
      [organizationId],
    );
    expect(events.map((e) => e.data)).toEqual([{ days: 30, offsetDays: 30 }]);
  });

  it("is for demos only: an organization that is not a demo answers not_a_demo and keeps its clock", async () => {
    const template = await ensureScenarioTemplate(getScenario("small-building"));
    const refused = withTenant(template.id, (tenant) => advanceContentClock(tenant, { days: 30, actor: "p@example.com", now: new Date() }));
    await expect(refused).rejects.toMatchObject({ code: "not_a_demo" });
    expect((await organization(template.id)).content_clock_offset_days).toBe(0);
  });

  it(`stops at ${MAX_CONTENT_CLOCK_OFFSET_DAYS} days ahead with time_travel_limit, changing nothing`, async () => {
    const organizationId = await provision();
    const now = new Date();
    for (let i = 0; i < MAX_CONTENT_CLOCK_OFFSET_DAYS / 30; i++) {
      await withTenant(organizationId, (tenant) => advanceContentClock(tenant, { days: 30, actor: "p@example.com", now }));
    }
    const before = await dues(organizationId);
    const refused = withTenant(organizationId, (tenant) => advanceContentClock(tenant, { days: 1, actor: "p@example.com", now }));
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "time_travel_limit" });
    expect((await organization(organizationId)).content_clock_offset_days).toBe(MAX_CONTENT_CLOCK_OFFSET_DAYS);
    expect(await dues(organizationId)).toEqual(before);
  });
});
