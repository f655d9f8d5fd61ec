// The warm pool (docs/scale.md): ready organizations wait unseen, a request claims one and binds it to
// the prospect, concurrent claims never share one, stale entries are recycled, and an empty pool falls
// back to copying the template.
import { describe, expect, it } from "vitest";
import { refillDemoPool } from "@/server/demo/demo-pool";
import { provisionDemo } from "@/server/demo/provision-demo";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";

const scenario = getScenario("small-building");
const email = () => `pool-${crypto.randomUUID()}@example.com`;

async function pooled(): Promise<string[]> {
  const rows = await ownerQuery<{ id: string }>(
    "SELECT id FROM organizations WHERE scenario = $1 AND pooled_at IS NOT NULL AND NOT is_demo ORDER BY pooled_at",
    [scenario.name],
  );
  return rows.map((r) => r.id);
}

describe("warm pool", () => {
  it("keeps ready demos out of sight, hands each to exactly one prospect, and falls back when empty", async () => {
    await ownerQuery("DELETE FROM organizations WHERE pooled_at IS NOT NULL AND NOT is_demo");
    const filled = await refillDemoPool({ size: 2, only: scenario });
    expect(filled.added).toBe(2);
    const ready = await pooled();
    expect(ready).toHaveLength(2);
    // Unseen: not demos, no user, so the cap, analytics, the console and sessions ignore them.
    const [seen] = await ownerQuery<{ demos: number; users: number; units: number }>(
      `SELECT (SELECT count(*)::int FROM organizations WHERE id = ANY($1::uuid[]) AND is_demo) AS demos,
              (SELECT count(*)::int FROM users WHERE organization_id = ANY($1::uuid[])) AS users,
              (SELECT count(*)::int FROM units WHERE organization_id = ANY($1::uuid[])) AS units`,
      [ready],
    );
    expect(seen).toEqual({ demos: 0, users: 0, units: 2 * 12 });

    // Three concurrent requests: two take the ready ones, the third copies the template.
    const results = await Promise.all(
      [email(), email(), email()].map((e) => provisionDemo({ email: e, scenario, pool: true, name: "Ana" })),
    );
    const ids = results.map((r) => (r.created ? r.organizationId : null));
    expect(ids.filter((id) => id && ready.includes(id)).sort()).toEqual([...ready].sort());
    expect(new Set(ids).size).toBe(3);
    expect(await pooled()).toEqual([]);

    for (const result of results) {
      if (!result.created) throw new Error("expected a new demo");
      expect(result.rows.units).toBe(12);
      const [row] = await ownerQuery<{
        is_demo: boolean;
        pooled: boolean;
        expires: boolean;
        users: number;
        events: number;
        outbox: number;
      }>(
        `SELECT o.is_demo, o.pooled_at IS NOT NULL AS pooled, o.demo_expires_at > now() + interval '14 days' AS expires,
                (SELECT count(*)::int FROM users WHERE organization_id = o.id) AS users,
                (SELECT count(*)::int FROM demo_events WHERE organization_id = o.id AND type = 'created') AS events,
                (SELECT count(*)::int FROM outbox_events WHERE idempotency_key LIKE 'demo.created:' || o.id || ':%') AS outbox
         FROM organizations o WHERE o.id = $1`,
        [result.organizationId],
      );
      expect(row).toEqual({ is_demo: true, pooled: false, expires: true, users: 1, events: 1, outbox: 1 });
    }
  });

  it("recycles entries filled on an earlier day and refills with today's", async () => {
    await refillDemoPool({ size: 1, only: scenario });
    const [stale] = await pooled();
    await ownerQuery("UPDATE organizations SET pooled_at = now() - interval '2 days' WHERE id = $1", [stale]);
    // (Any lifecycle run may recycle it first: what counts is that it is gone and today's one is there.)
    await refillDemoPool({ size: 1, only: scenario });
    const now = await pooled();
    expect(now).toHaveLength(1);
    expect(now).not.toContain(stale);
    expect(await ownerQuery("SELECT 1 FROM units WHERE organization_id = $1", [stale])).toEqual([]);
  });
});
