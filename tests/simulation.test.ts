// A simulated assembly day (docs/simulation.md), against the real database: no worker — what is due is
// written from the stored start time and seed whenever the assembly is read, once; it reaches quorum and
// votes every item (the qualified one fails), never overwrites a person's vote, and stops when asked.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getLiveSummary } from "@/server/assemblies/get-live-summary";
import { materializeDueSimulation, readSimulation, startSimulation, stopSimulation } from "@/server/assemblies/simulation";
import { withTenant } from "@/server/db/tenant";
import { provisionDemo } from "@/server/demo/provision-demo";
import { getScenario } from "@/server/scenarios/registry";
import { ownerQuery } from "./support/app";

async function demoWithScheduledAssembly(): Promise<{ organizationId: string; assemblyId: string }> {
  const email = `sim-${randomBytes(5).toString("hex")}@example.com`;
  const result = await provisionDemo({ email, scenario: getScenario("urban-tower"), locale: "es" });
  if (!result.created) throw new Error("expected a new demo");
  const [assembly] = await ownerQuery<{ id: string }>("SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'scheduled'", [
    result.organizationId,
  ]);
  return { organizationId: result.organizationId, assemblyId: assembly!.id };
}

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1_000);
const summary = (organizationId: string, assemblyId: string) => withTenant(organizationId, (tenant) => getLiveSummary(tenant, assemblyId));
const materialize = (organizationId: string, assemblyId: string, now: Date) =>
  withTenant(organizationId, (tenant) => materializeDueSimulation(tenant.db, organizationId, assemblyId, now));

describe("simulated assembly day", () => {
  it("starts the assembly, then advances only when read: quorum part-way, every item voted and closed at the end, once", async () => {
    const { organizationId, assemblyId } = await demoWithScheduledAssembly();
    const start = new Date();
    const state = await withTenant(organizationId, (tenant) =>
      startSimulation(tenant, { assemblyId, actor: "p@example.com", durationSeconds: 10, seed: 675, now: start }),
    );
    expect(state).toMatchObject({ status: "in_progress", seed: 675, durationSeconds: 10, running: true });
    expect((await summary(organizationId, assemblyId)).status).toBe("in_progress");

    // Nothing is written between reads: the plan only advances when someone reads.
    await materialize(organizationId, assemblyId, at(start, 4));
    const partWay = await summary(organizationId, assemblyId);
    expect(partWay.presentUnits).toBeGreaterThan(0);
    expect(partWay.items.every((i) => i.votes === 0)).toBe(true);

    expect(await materialize(organizationId, assemblyId, at(start, 11))).toBeGreaterThan(0);
    const done = await summary(organizationId, assemblyId);
    expect(done.quorumMet).toBe(true);
    expect(done.quorumPercent).toBeGreaterThan(50);
    expect(done.proxies).toBeGreaterThan(0);
    const voted = done.items.filter((i) => i.requiresVote);
    expect(voted.length).toBeGreaterThanOrEqual(3);
    for (const item of voted) {
      expect(item.votingStatus).toBe("closed");
      expect(item.votes).toBeGreaterThan(0);
    }
    const qualified = voted.filter((i) => i.majority === "qualified");
    expect(qualified).toHaveLength(1);
    expect(qualified[0]!.passed).toBe(false);
    expect(qualified[0]!.yes).toBeLessThan(70);
    expect(voted.filter((i) => i.majority === "simple").every((i) => i.passed)).toBe(true);

    // Read again, later, from "another instance": nothing more.
    expect(await materialize(organizationId, assemblyId, at(start, 30))).toBe(0);
    expect(await summary(organizationId, assemblyId)).toEqual(done);
    const simulation = await withTenant(organizationId, (tenant) => readSimulation(tenant, assemblyId, at(start, 30)));
    expect(simulation).toMatchObject({ running: false, appliedEvents: simulation!.totalEvents });
    const events = await ownerQuery<{ type: string }>(
      "SELECT type FROM demo_events WHERE organization_id = $1 AND type IN ('simulation_started', 'assembly_started') ORDER BY id",
      [organizationId],
    );
    expect(events.map((e) => e.type)).toEqual(["assembly_started", "simulation_started"]);
  });

  it("is stored as (assembly, seed, start, duration): the same plan on every read, from any instance", async () => {
    const { organizationId, assemblyId } = await demoWithScheduledAssembly();
    const start = new Date();
    await withTenant(organizationId, (tenant) =>
      startSimulation(tenant, { assemblyId, actor: "p@example.com", durationSeconds: 10, seed: 42, now: start }),
    );
    const [row] = await ownerQuery<{ seed: number; duration_s: number; started_at: Date; stopped_at: Date | null }>(
      "SELECT seed, duration_s, started_at, stopped_at FROM assembly_simulations WHERE organization_id = $1 AND assembly_id = $2",
      [organizationId, assemblyId],
    );
    expect(row).toEqual({ seed: 42, duration_s: 10, started_at: start, stopped_at: null });
    const reads = await Promise.all(
      [1, 2].map(() => withTenant(organizationId, (tenant) => readSimulation(tenant, assemblyId, at(start, 1)))),
    );
    expect(reads[0]!.totalEvents).toBeGreaterThan(50);
    expect(reads[1]).toEqual(reads[0]);
  });

  it("never overwrites a person: a unit registered or voted by hand keeps it; a stopped simulation writes nothing more", async () => {
    const { organizationId, assemblyId } = await demoWithScheduledAssembly();
    const start = new Date();
    await withTenant(organizationId, (tenant) =>
      startSimulation(tenant, { assemblyId, actor: "p@example.com", durationSeconds: 10, seed: 7, now: start }),
    );
    // Halfway: open items exist after ~4.2 s; the prospect votes "no" on the first voted item for every unit.
    await materialize(organizationId, assemblyId, at(start, 4.5));
    const [item] = await ownerQuery<{ id: string }>(
      "SELECT id FROM agenda_items WHERE organization_id = $1 AND assembly_id = $2 AND voting_status = 'open' ORDER BY position LIMIT 1",
      [organizationId, assemblyId],
    );
    expect(item).toBeDefined();
    const [already] = await ownerQuery<{ n: number }>(
      "SELECT count(*)::int AS n FROM votes WHERE organization_id = $1 AND agenda_item_id = $2",
      [organizationId, item!.id],
    );
    await ownerQuery(
      `INSERT INTO votes (id, organization_id, agenda_item_id, unit_id, choice, cast_at)
       SELECT gen_random_uuid(), $1, $2, id, 'no', now() FROM units WHERE organization_id = $1
       ON CONFLICT DO NOTHING`,
      [organizationId, item!.id],
    );
    await materialize(organizationId, assemblyId, at(start, 11));
    const [choices] = await ownerQuery<{ no: number; other: number }>(
      "SELECT count(*) FILTER (WHERE choice = 'no')::int AS no, count(*) FILTER (WHERE choice <> 'no')::int AS other FROM votes WHERE organization_id = $1 AND agenda_item_id = $2",
      [organizationId, item!.id],
    );
    // Every unit the simulation had not voted yet keeps the person's "no"; the simulation added no row.
    expect(choices!.no + choices!.other).toBe(50);
    expect(choices!.no).toBeGreaterThanOrEqual(50 - already!.n);

    const other = await demoWithScheduledAssembly();
    const s2 = new Date();
    await withTenant(other.organizationId, (tenant) =>
      startSimulation(tenant, { assemblyId: other.assemblyId, actor: "p@example.com", durationSeconds: 10, seed: 8, now: s2 }),
    );
    await materialize(other.organizationId, other.assemblyId, at(s2, 2));
    const stopped = await withTenant(other.organizationId, (tenant) =>
      stopSimulation(tenant, { assemblyId: other.assemblyId, actor: "p@example.com", now: at(s2, 3) }),
    );
    expect(stopped).toMatchObject({ running: false });
    const before = await summary(other.organizationId, other.assemblyId);
    await materialize(other.organizationId, other.assemblyId, at(s2, 20));
    expect(await summary(other.organizationId, other.assemblyId)).toEqual(before);
    expect(before.items.every((i) => i.votes === 0)).toBe(true);
  });

  it("refuses a closed assembly (409) and another organization's (404)", async () => {
    const a = await demoWithScheduledAssembly();
    const b = await demoWithScheduledAssembly();
    const [closed] = await ownerQuery<{ id: string }>(
      "SELECT id FROM assemblies WHERE organization_id = $1 AND status = 'closed' LIMIT 1",
      [a.organizationId],
    );
    await expect(
      withTenant(a.organizationId, (tenant) => startSimulation(tenant, { assemblyId: closed!.id, actor: "p@example.com" })),
    ).rejects.toMatchObject({ code: "assembly_closed" });
    await expect(
      withTenant(a.organizationId, (tenant) => startSimulation(tenant, { assemblyId: b.assemblyId, actor: "p@example.com" })),
    ).rejects.toMatchObject({ code: "assembly_not_found" });
    const [untouched] = await ownerQuery<{ status: string }>("SELECT status::text FROM assemblies WHERE id = $1", [b.assemblyId]);
    expect(untouched!.status).toBe("scheduled");
  });
});
