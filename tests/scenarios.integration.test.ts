// seedScenario against the real PostgreSQL, as the RLS-restricted app role: the content lands in one
// transaction, is readable only from a transaction bound to its organization, and is fast enough to
// run inside the demo request.
import { afterAll, describe, expect, it, vi } from "vitest";
import { percentToPpm, TOTAL_PPM } from "@/lib/governance";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { bindTenant } from "@/server/db/tenant";
import { scenarios } from "@/server/scenarios/registry";
import { seedScenario } from "@/server/scenarios/seed-scenario";
import type * as BuildScenarioContent from "@/server/scenarios/build-scenario-content";
import type { ScenarioContent } from "@/server/scenarios/types";
import { readProductRows } from "./support/tenancy";

// Pass-through: records the content seedScenario built, so the stored rows can be compared with it.
const built = vi.hoisted(() => ({ last: undefined as ScenarioContent | undefined }));
vi.mock("@/server/scenarios/build-scenario-content", async (importOriginal) => {
  const actual = await importOriginal<typeof BuildScenarioContent>();
  return {
    buildScenarioContent: (...args: Parameters<typeof actual.buildScenarioContent>) => (built.last = actual.buildScenarioContent(...args)),
  };
});

const created: string[] = [];

async function seedNewOrganization(name: keyof typeof scenarios, now = new Date()) {
  const scenario = scenarios[name];
  return prisma.$transaction(async (tx) => {
    const organization = await tx.organization.create({
      data: {
        name: `${scenario.organizationName} (test)`,
        isDemo: true,
        scenario: scenario.name,
        assemblyCredits: scenario.assemblyCredits,
      },
      select: { id: true },
    });
    created.push(organization.id);
    const started = performance.now();
    const rows = await seedScenario(tx, { organizationId: organization.id, scenario, now });
    return { organizationId: organization.id, rows, ms: performance.now() - started };
  });
}

function countAll(organizationId: string) {
  return prisma.$transaction(async (tx) => {
    await bindTenant(tx, organizationId);
    const [units, residents, assemblies, agendaItems, attendance, votes, coefficients] = await Promise.all([
      tx.unit.count(),
      tx.resident.count(),
      tx.assembly.count(),
      tx.agendaItem.count(),
      tx.attendance.count(),
      tx.vote.count(),
      tx.unit.findMany({ select: { coefficient: true } }),
    ]);
    const coefficientSum = coefficients.reduce((sum, u) => sum + percentToPpm(u.coefficient.toString()), 0);
    return { rows: { units, residents, assemblies, agendaItems, attendance, votes }, coefficientSum };
  });
}

const readAll = readProductRows;

/**
 * A stored row and the built row it should equal, over the union of their fields. Decimals compare as
 * numbers in exact text: the built "39.6560" and the stored Decimal(39.6560) both become "39.656".
 */
function comparable(stored: Record<string, unknown>, expected: Record<string, unknown>) {
  const fields = [...new Set([...Object.keys(stored), ...Object.keys(expected)])];
  const decimal = (field: string) => Prisma.Decimal.isDecimal(stored[field]);
  const exact = (value: unknown) => (value === null ? null : new Prisma.Decimal(value as string).toString());
  return {
    stored: Object.fromEntries(fields.map((f) => [f, decimal(f) ? exact(String(stored[f])) : stored[f]])),
    expected: Object.fromEntries(fields.map((f) => [f, decimal(f) ? exact(expected[f]) : expected[f]])),
  };
}

afterAll(async () => {
  await prisma.organization.deleteMany({ where: { id: { in: created } } });
});

describe("seedScenario", () => {
  it("seeds urban-tower inside the caller's transaction and the rows read back through a bound transaction", async () => {
    const cold = await seedNewOrganization("urban-tower");
    const warm = await seedNewOrganization("urban-tower");
    console.info(
      `[scenarios] seedScenario(urban-tower): first ${cold.ms.toFixed(1)} ms (builds the template), then ${warm.ms.toFixed(1)} ms`,
    );

    expect(warm.rows.units).toBe(50);
    expect(warm.rows).toEqual(cold.rows);
    const stored = await countAll(warm.organizationId);
    expect(stored.rows).toEqual(warm.rows);
    expect(stored.coefficientSum).toBe(TOTAL_PPM);

    const scheduled = await prisma.$transaction(async (tx) => {
      await bindTenant(tx, warm.organizationId);
      return tx.assembly.findMany({
        where: { organizationId: warm.organizationId, status: "scheduled" },
        select: { minutes: true, quorumPercent: true },
      });
    });
    expect(scheduled).toEqual([{ minutes: null, quorumPercent: null }]);
  });

  it("stores every column as built: each table's rows read back equal buildScenarioContent's, field by field", async () => {
    const { organizationId } = await seedNewOrganization("urban-tower");
    const content = built.last!;
    expect(content.units[0]!.organizationId).toBe(organizationId);
    const stored = await readAll(organizationId);

    for (const table of Object.keys(content) as (keyof ScenarioContent)[]) {
      const storedById = new Map<string, Record<string, unknown>>(stored[table].map((row) => [row.id, row]));
      expect(storedById.size, table).toBe(content[table].length);
      for (const row of content[table]) {
        const pair = comparable(storedById.get(row.id) ?? {}, row);
        expect(pair.stored, `${table} ${row.id}`).toEqual(pair.expected);
      }
    }
    // The comparison covered what a cast could mangle: decimals (incl. NULL), enums, dates (incl. NULL).
    const closed = content.assemblies.find((a) => a.status === "closed")!;
    const upcoming = content.assemblies.find((a) => a.status === "scheduled")!;
    expect([closed.quorumPercent, closed.closedAt, upcoming.quorumPercent, upcoming.closedAt].map((v) => v === null)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(new Set(content.votes.map((v) => v.choice))).toEqual(new Set(["yes", "no", "abstain"]));
  });

  it("keeps each organization's rows to itself and refuses unbound reads", async () => {
    const [a, b] = [await seedNewOrganization("small-building"), await seedNewOrganization("small-building")];
    const [countA, countB] = [await countAll(a.organizationId), await countAll(b.organizationId)];
    expect(countA.rows.units).toBe(12);
    expect(countB.rows.units).toBe(12);

    // Bound to A, B's rows do not exist, even when asked for by id.
    const leaked = await prisma.$transaction(async (tx) => {
      await bindTenant(tx, a.organizationId);
      return tx.unit.count({ where: { organizationId: b.organizationId } });
    });
    expect(leaked).toBe(0);

    // Without a bound organization, tenant reads fail instead of returning rows.
    await expect(prisma.unit.count()).rejects.toThrow();
    await expect(prisma.$transaction((tx) => tx.resident.findMany({ take: 1 }))).rejects.toThrow();
  });

  it("rolls back with the caller's transaction, leaving nothing behind", async () => {
    let organizationId = "";
    await expect(
      prisma.$transaction(async (tx) => {
        const organization = await tx.organization.create({ data: { name: "Rollback (test)", isDemo: true }, select: { id: true } });
        organizationId = organization.id;
        await seedScenario(tx, { organizationId, scenario: scenarios["urban-tower"], now: new Date() });
        throw new Error("caller fails after seeding");
      }),
    ).rejects.toThrow("caller fails after seeding");
    expect(await prisma.organization.count({ where: { id: organizationId } })).toBe(0);
    expect((await countAll(organizationId)).rows.units).toBe(0);
  });
});
