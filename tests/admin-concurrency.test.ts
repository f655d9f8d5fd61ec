// Sales actions racing each other, the prospect and the lifecycle run, against the real database:
// 20 parallel `extend` calls never pass the caps, a `reset` while the prospect writes leaves the demo
// exactly one scenario's content plus whole writes, and a `reissue` racing the retention purge leaves
// the prospect in a complete new demo.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/server/db/tenant";
import { extendDemo } from "@/server/demo/extend-demo";
import { provisionDemo } from "@/server/demo/provision-demo";
import { reissueDemo } from "@/server/demo/reissue-demo";
import { resetDemo } from "@/server/demo/reset-demo";
import { AppError } from "@/server/http/app-error";
import { purgeDemoData } from "@/server/lifecycle/purge-demo-data";
import { createResident } from "@/server/residents/create-resident";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";

const SALES = "sales.concurrency@assembly.test";
const DAY_MS = 86_400_000;
const freshEmail = () => `race-${randomBytes(5).toString("hex")}@example.com`;

async function newDemo(scenario = "small-building"): Promise<{ email: string; organizationId: string }> {
  const email = freshEmail();
  const result = await provisionDemo({ email, scenario: getScenario(scenario) });
  if (!result.created) throw new Error("demo not created");
  return { email, organizationId: result.organizationId };
}

/** Settles `promises`; every rejection must be an AppError (a refusal), never a fault. */
async function settle<T>(promises: Promise<T>[]): Promise<{ ok: T[]; refused: AppError[] }> {
  const results = await Promise.allSettled(promises);
  const ok: T[] = [];
  const refused: AppError[] = [];
  for (const r of results) {
    if (r.status === "fulfilled") ok.push(r.value);
    else if (r.reason instanceof AppError) refused.push(r.reason);
    else throw r.reason;
  }
  return { ok, refused };
}

describe("concurrent sales actions", () => {
  it("20 parallel extend calls: exactly 2 extensions and at most 30 days, each one audited once", async () => {
    const { organizationId } = await newDemo();
    const [before] = await ownerQuery<{ created_at: Date; demo_expires_at: Date }>(
      "SELECT created_at, demo_expires_at FROM organizations WHERE id = $1",
      [organizationId],
    );
    const { ok, refused } = await settle(Array.from({ length: 20 }, () => extendDemo({ organizationId, days: 12, actor: SALES })));
    expect(ok).toHaveLength(2);
    expect(refused.map((e) => e.publicCode)).toEqual(Array(18).fill("conflict"));
    const [after] = await ownerQuery<{ extensions_used: number; demo_expires_at: Date; audits: number; outbox: number }>(
      `SELECT o.extensions_used, o.demo_expires_at,
              (SELECT count(*)::int FROM audit_log a WHERE a.organization_id = o.id AND a.action = 'extended') AS audits,
              (SELECT count(*)::int FROM outbox_events e WHERE e.event_type = 'demo.extended' AND e.payload->>'organizationId' = o.id::text) AS outbox
       FROM organizations o WHERE o.id = $1`,
      [organizationId],
    );
    expect(after).toMatchObject({ extensions_used: 2, audits: 2, outbox: 2 });
    expect(after!.demo_expires_at.getTime() - before!.demo_expires_at.getTime()).toBe(24 * DAY_MS);
    expect(after!.demo_expires_at.getTime()).toBeLessThanOrEqual(before!.created_at.getTime() + 45 * DAY_MS);
  });

  it("reset while the prospect adds residents: the scenario's content plus whole writes, nothing half done", async () => {
    const { organizationId } = await newDemo();
    const units = await ownerQuery<{ id: string }>("SELECT id FROM units WHERE organization_id = $1 ORDER BY number LIMIT 10", [
      organizationId,
    ]);
    const [seeded] = await ownerQuery<{ units: number; residents: number }>(
      `SELECT (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units,
              (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents`,
      [organizationId],
    );
    const writes = units.map((unit, i) =>
      withTenant(organizationId, (tenant) =>
        createResident(tenant, {
          input: { unitId: unit.id, fullName: `Vecina ${i}`, email: `race-${i}@example.com`, type: "owner" },
          actor: "prospect",
        }),
      ),
    );
    const reset = resetDemo({ organizationId, actor: SALES });
    const { ok: created, refused } = await settle<unknown>([...writes, reset]);
    // A write that raced the reset may find its unit re-seeded under a new id (404): a refusal, not a fault.
    expect(refused.every((e) => e.publicCode === "not_found")).toBe(true);
    expect(created.length).toBeGreaterThanOrEqual(1);

    const [now] = await ownerQuery<{ units: number; residents: number; extra: number; orphans: number; coefficient: string }>(
      `SELECT (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units,
              (SELECT count(*)::int FROM residents WHERE organization_id = $1) AS residents,
              (SELECT count(*)::int FROM residents WHERE organization_id = $1 AND email LIKE 'race-%') AS extra,
              (SELECT count(*)::int FROM residents r WHERE r.organization_id = $1
                 AND NOT EXISTS (SELECT 1 FROM units u WHERE u.organization_id = r.organization_id AND u.id = r.unit_id)) AS orphans,
              (SELECT round(sum(coefficient), 4)::text FROM units WHERE organization_id = $1) AS coefficient`,
      [organizationId],
    );
    expect(now!.units).toBe(seeded!.units);
    expect(now!.residents).toBe(seeded!.residents + now!.extra);
    expect(now!.orphans).toBe(0);
    expect(Number(now!.coefficient)).toBeCloseTo(100, 2);
  });

  it("reissue racing the retention purge: the prospect ends in a complete new demo, the old one purged or kept whole", async () => {
    for (let round = 0; round < 3; round++) {
      const { email, organizationId } = await newDemo();
      await ownerQuery(
        "UPDATE organizations SET status = 'expired', demo_expires_at = now() - interval '40 days', expired_at = now() - interval '39 days' WHERE id = $1",
        [organizationId],
      );
      const [reissued] = await Promise.all([
        reissueDemo({ target: { organizationId }, actor: SALES }),
        purgeDemoData({ retentionDays: 30 }),
      ]);
      const [user] = await ownerQuery<{ organization_id: string }>("SELECT organization_id FROM users WHERE email = $1", [email]);
      expect(user!.organization_id).toBe(reissued.organizationId);
      const orgs = await ownerQuery<{ id: string; status: string; purged: boolean; units: number }>(
        `SELECT o.id, o.status::text AS status, o.purged_at IS NOT NULL AS purged,
                (SELECT count(*)::int FROM units u WHERE u.organization_id = o.id) AS units
         FROM organizations o WHERE o.id = ANY($1::uuid[])`,
        [[organizationId, reissued.organizationId]],
      );
      const byId = Object.fromEntries(orgs.map((o) => [o.id, o]));
      expect(byId[reissued.organizationId]).toMatchObject({ status: "active", purged: false });
      expect(byId[reissued.organizationId]!.units).toBeGreaterThan(0);
      const old = byId[organizationId]!;
      // The old demo is either purged (no product rows) or untouched (all of them): never half.
      expect(old.purged ? old.units === 0 : old.units > 0).toBe(true);
    }
  });
});
