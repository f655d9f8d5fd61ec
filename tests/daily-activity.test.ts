// Synthetic daily activity (docs/rules.md#scenarios-and-seed-content): the lifecycle run gives every active
// demo a payment, a new resident and a request once per Colombian local day — a second run the same day
// adds nothing, the next day adds again; expired demos and templates are left alone.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { provisionDemo } from "@/server/demo/provision-demo";
import { addDailyActivity } from "@/server/lifecycle/add-daily-activity";
import { runLifecycle } from "@/server/lifecycle/run-lifecycle";
import { getScenario } from "@/server/scenarios/registry";
import { ensureScenarioTemplate } from "@/server/scenarios/scenario-template";
import { ownerQuery, ownerRow } from "./support/app";

const DAY_MS = 86_400_000;

async function provision(now: Date): Promise<string> {
  const email = `daily-${randomBytes(5).toString("hex")}@example.com`;
  const result = await provisionDemo({ email, scenario: getScenario("small-building"), locale: "es", now });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

const counts = (organizationId: string) =>
  ownerRow<{ residents: number; arrears: number; activity: Record<string, number> | null; events: number }>(
    `SELECT (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents,
            (SELECT count(*)::int FROM units WHERE organization_id = $1 AND dues_status = 'in_arrears') AS arrears,
            (SELECT jsonb_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM building_activity WHERE organization_id = $1 GROUP BY kind) k) AS activity,
            (SELECT count(*)::int FROM demo_events WHERE organization_id = $1 AND type = 'synthetic_activity') AS events`,
    [organizationId],
  );

describe("daily synthetic activity", () => {
  it("adds a payment, a new resident and a request once per day, and again the next day", async () => {
    const now = new Date();
    const organizationId = await provision(now);
    const before = await counts(organizationId);

    const first = await runLifecycle(now);
    expect(first.errors).toEqual([]);
    expect(first.activity.demos).toBeGreaterThanOrEqual(1);
    const after = await counts(organizationId);
    expect(after.residents).toBe(before.residents + 1);
    expect(after.arrears).toBe(before.arrears - 1);
    expect(after.activity).toEqual({ payment: 1, new_resident: 1, request: 1 });
    expect(after.events).toBe(1);
    const [newcomer] = await ownerQuery<{ full_name: string; email: string; type: string }>(
      "SELECT full_name, email, type FROM residents WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1",
      [organizationId],
    );
    expect(newcomer!.type).toBe("tenant");
    expect(newcomer!.full_name.split(" ").length).toBeGreaterThanOrEqual(3);
    expect(newcomer!.email).toMatch(/^[a-z]+\.[a-z]+\.\d{3,4}@example\.com$/);

    // Same day, twice more (one of them concurrent with another): nothing more for this demo.
    await Promise.all([addDailyActivity({ now }), addDailyActivity({ now: new Date(now.getTime() + 60_000) })]);
    expect(await counts(organizationId)).toEqual(after);

    const tomorrow = new Date(now.getTime() + DAY_MS);
    await addDailyActivity({ now: tomorrow });
    const next = await counts(organizationId);
    expect(next.events).toBe(2);
    expect(next.residents).toBeGreaterThanOrEqual(after.residents);
    expect(next.activity!.request).toBe(2);
  });

  it("stops starting batches when its time budget is spent, and the next run goes on", async () => {
    const now = new Date();
    const [a, b] = [await provision(now), await provision(now)];
    // Tomorrow, every active demo is due: with no time left after its first batch, a run gives one demo its activity.
    const tomorrow = new Date(now.getTime() + DAY_MS);
    const first = await addDailyActivity({ now: tomorrow, batchSize: 1, budgetMs: 0 });
    expect(first.demos).toBe(1);
    const second = await addDailyActivity({ now: tomorrow, batchSize: 1, budgetMs: 0 });
    expect(second.demos).toBe(1);
    // A run with time gives the rest theirs, ours included, each once.
    await addDailyActivity({ now: tomorrow });
    expect((await counts(a)).events).toBe(1);
    expect((await counts(b)).events).toBe(1);
  });

  it("leaves expired demos and templates alone", async () => {
    const now = new Date();
    const expired = await provision(new Date(now.getTime() - 20 * DAY_MS));
    const template = await ensureScenarioTemplate(getScenario("small-building"));
    const [expiredBefore, templateBefore] = [await counts(expired), await counts(template.id)];
    await addDailyActivity({ now: new Date(now.getTime() + 2 * DAY_MS) });
    expect(await counts(expired)).toEqual(expiredBefore);
    expect(await counts(template.id)).toEqual(templateBefore);
  });
});
