import "server-only";
import type { Prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import { buildScenarioContent } from "./build-scenario-content";
import type { Scenario, ScenarioContent } from "./types";

/** Rows inserted per product table. */
export type SeedCounts = { [Table in keyof ScenarioContent]: number };

/**
 * Seeds an organization with its scenario's content inside the caller's transaction (DESIGN.md
 * "Scenarios and seed content"). The caller creates the organization row first; this binds the
 * transaction to it (`bindTenant`), because row-level security only accepts product rows of the
 * organization set for the transaction, then inserts with `createMany` in foreign-key order.
 * @param tx an open interactive transaction; it stays bound to `organizationId` afterwards.
 * @returns the number of rows inserted per table.
 * @throws the database error (e.g. the organization does not exist) — the caller's transaction then
 *   rolls back as a whole.
 */
export async function seedScenario(
  tx: Prisma.TransactionClient,
  { organizationId, scenario, now }: { organizationId: string; scenario: Scenario; now: Date },
): Promise<SeedCounts> {
  const content = buildScenarioContent(scenario, { organizationId, now });
  await bindTenant(tx, organizationId);
  // Sequential on purpose: one transaction is one connection, and each table references the previous ones.
  const units = await tx.unit.createMany({ data: content.units });
  const residents = await tx.resident.createMany({ data: content.residents });
  const assemblies = await tx.assembly.createMany({ data: content.assemblies });
  const agendaItems = await tx.agendaItem.createMany({ data: content.agendaItems });
  const attendance = await tx.attendance.createMany({ data: content.attendance });
  const votes = await tx.vote.createMany({ data: content.votes });
  return {
    units: units.count,
    residents: residents.count,
    assemblies: assemblies.count,
    agendaItems: agendaItems.count,
    attendance: attendance.count,
    votes: votes.count,
  };
}
