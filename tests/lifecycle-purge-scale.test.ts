// The retention purge at scale (docs/scale.md "Lifecycle: draining any backlog"): it deletes through
// `purge_demo_content`, which reaches only demos marked purged — whatever the caller names — and, where
// the database allowed it, runs without foreign-key triggers, which is safe only while every row that
// can reference a purged row lives in a table the function purges. Several batches in one run purge
// every due demo, each recorded once.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import { provisionDemo } from "@/server/demo/provision-demo";
import { purgeDemoData } from "@/server/lifecycle/purge-demo-data";
import { getScenario } from "@/server/scenarios/registry";
import { PRODUCT_TABLES, ownerQuery } from "./support/app";

async function newDemo(): Promise<string> {
  const result = await provisionDemo({
    email: `purge-${randomBytes(5).toString("hex")}@example.com`,
    scenario: getScenario("small-building"),
  });
  if (!result.created) throw new Error("expected a new demo");
  return result.organizationId;
}

async function productRows(organizationId: string): Promise<number> {
  const [row] = await ownerQuery<{ n: number }>(
    `SELECT (${PRODUCT_TABLES.map((t) => `(SELECT count(*) FROM ${t} WHERE organization_id = $1)`).join(" + ")})::int AS n`,
    [organizationId],
  );
  return row!.n;
}

/** Calls purge_demo_content as the app role, as the purge does. @returns rows deleted per organization. */
async function callPurge(ids: string[]): Promise<{ organization_id: string; rows: Record<string, number> }[]> {
  return prisma.$transaction(async (tx) => {
    await bindTenant(tx, "00000000-0000-0000-0000-000000000000");
    return tx.$queryRaw`SELECT organization_id, rows FROM purge_demo_content(${ids}::uuid[])`;
  });
}

describe("retention purge at scale", () => {
  it("reaches only demos marked purged: an active demo named in the batch keeps every row", async () => {
    const [active, marked] = [await newDemo(), await newDemo()];
    const before = await productRows(active);
    expect(before).toBeGreaterThan(0);
    await ownerQuery("UPDATE organizations SET purged_at = now() WHERE id = $1", [marked]);

    const answer = await callPurge([active, marked]);

    expect(await productRows(active)).toBe(before);
    expect(await productRows(marked)).toBe(0);
    const byId = Object.fromEntries(answer.map((a) => [a.organization_id, a.rows]));
    expect(byId[active]).toEqual({ units: 0, residents: 0, assemblies: 0, agendaItems: 0, attendance: 0, votes: 0 });
    expect(byId[marked]!.units).toBeGreaterThan(0);
  });

  it("the function that deletes cannot be steered by the batch setting: unmarked demos stay", async () => {
    const active = await newDemo();
    const before = await productRows(active);
    await prisma.$transaction(async (tx) => {
      await bindTenant(tx, "00000000-0000-0000-0000-000000000000");
      await tx.$executeRaw`SELECT set_config('app.purge_organizations', ${`{${active}}`}, true)`;
      await tx.$queryRaw`SELECT * FROM purge_marked_demo_content(${[active]}::uuid[], '')`;
    });
    expect(await productRows(active)).toBe(before);
  });

  it("deletes every table that can reference a purged row, and no trigger besides the foreign keys' is skipped", async () => {
    const [fn] = await ownerQuery<{ src: string; config: string[] | null }>(
      "SELECT prosrc AS src, proconfig AS config FROM pg_proc WHERE proname = 'purge_marked_demo_content'",
    );
    const purged = [...fn!.src.matchAll(/DELETE FROM (\w+)/g)].map((m) => m[1]!);
    expect(purged).toEqual(expect.arrayContaining([...PRODUCT_TABLES, "building_activity", "assembly_simulations"]));
    // A foreign key from a table the function leaves alone would be left dangling while triggers are off.
    const outside = await ownerQuery<{ child: string; parent: string }>(
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
       WHERE contype = 'f' AND confrelid::regclass::text = ANY($1) AND NOT conrelid::regclass::text = ANY($1)`,
      [purged],
    );
    expect(outside).toEqual([]);
    const triggers = await ownerQuery("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text = ANY($1)", [
      purged,
    ]);
    expect(triggers).toEqual([]);
    // The test database's migrations run as a superuser, so the purge got its trigger-free mode.
    expect(fn!.config).toContain("session_replication_role=replica");
  });

  it("purges every due demo batch after batch in one run, each recorded once, and reports the rows", async () => {
    const ids = [await newDemo(), await newDemo(), await newDemo(), await newDemo(), await newDemo()];
    const rowsBefore = await Promise.all(ids.map(productRows));
    // Past retention, from a clock far enough ahead that no other test's demo is due before these.
    await ownerQuery("UPDATE organizations SET demo_expires_at = now() - interval '3650 days' WHERE id = ANY($1::uuid[])", [ids]);

    const result = await purgeDemoData({ retentionDays: 30, batchSize: 2 });

    // Batches of 2 (other test files' purges may take some of these demos concurrently: SKIP LOCKED).
    expect(result.purged).toBeLessThanOrEqual(2 * result.batches);
    expect(await Promise.all(ids.map(productRows))).toEqual(ids.map(() => 0));
    const audits = await ownerQuery<{ organization_id: string; rows: Record<string, number> }>(
      "SELECT organization_id, after->'rowsDeleted' AS rows FROM audit_log WHERE action = 'purged' AND organization_id = ANY($1::uuid[])",
      [ids],
    );
    expect(audits).toHaveLength(5);
    const deleted = Object.fromEntries(audits.map((a) => [a.organization_id, Object.values(a.rows).reduce((x, y) => x + y, 0)]));
    expect(ids.map((id) => deleted[id])).toEqual(rowsBefore);
  });
});
