// The warm pool after a claim (docs/scale.md): the request that took a ready demo puts one back in a
// single statement, never past DEMO_POOL_SIZE, and the entry it adds is a full, unseen copy.
import { describe, expect, it } from "vitest";
import { topUpDemoPool } from "@/server/demo/demo-pool";
import { provisionDemo } from "@/server/demo/provision-demo";
import { getScenario, localizeScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";

// English, so that no other test file's claim (they use the Spanish pools) takes the entry first.
const scenario = localizeScenario(getScenario("urban-tower"), "en");

async function pooled(): Promise<string[]> {
  const rows = await ownerQuery<{ id: string }>(
    "SELECT id FROM organizations WHERE scenario = $1 AND locale = $2 AND pooled_at IS NOT NULL AND NOT is_demo ORDER BY pooled_at",
    [scenario.name, scenario.locale],
  );
  return rows.map((r) => r.id);
}

describe("warm pool top-up", () => {
  it("replaces a claimed demo with one full, unseen copy, and never fills past the size", async () => {
    await ownerQuery("DELETE FROM organizations WHERE pooled_at IS NOT NULL AND NOT is_demo");
    expect(await topUpDemoPool(scenario, { size: 1 })).toBe(true);
    expect(await topUpDemoPool(scenario, { size: 1 })).toBe(false);
    const [entry] = await pooled();
    expect(await pooled()).toHaveLength(1);
    const [content] = await ownerQuery<{ units: number; votes: number; users: number; demo: boolean }>(
      `SELECT (SELECT count(*)::int FROM units WHERE organization_id = $1) AS units,
              (SELECT count(*)::int FROM votes WHERE organization_id = $1) AS votes,
              (SELECT count(*)::int FROM users WHERE organization_id = $1) AS users,
              (SELECT is_demo FROM organizations WHERE id = $1) AS demo`,
      [entry],
    );
    expect(content).toMatchObject({ units: 50, users: 0, demo: false });
    expect(content!.votes).toBeGreaterThan(0);

    const claimed = await provisionDemo({ email: `top-up-${crypto.randomUUID()}@example.com`, scenario, pool: true });
    expect(claimed).toMatchObject({ created: true, organizationId: entry, pooled: true });
    expect(await pooled()).toEqual([]);
    expect(await topUpDemoPool(scenario, { size: 1 })).toBe(true);
    const [next] = await pooled();
    expect(next).toBeDefined();
    expect(next).not.toBe(entry);
  });
});
