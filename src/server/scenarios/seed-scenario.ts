import "server-only";
import { Prisma } from "@/server/db/generated/client";
import { bindTenant } from "@/server/db/tenant";
import { buildScenarioContent } from "./build-scenario-content";
import { insertRows, productTable, type TableSpec } from "./insert-rows";
import type { Scenario, ScenarioContent } from "./types";

/** Rows inserted per product table. */
export type SeedCounts = { [Table in keyof ScenarioContent]: number };

/**
 * The product tables a scenario fills, in foreign-key order (the one place that maps `ScenarioContent`
 * to SQL). Columns come from the generated client's scalar fields, so a column added to
 * prisma/schema.prisma needs no change here; the row types are the models' own create inputs, so
 * `satisfies` fails to compile when the two drift apart.
 */
export const productTables = {
  units: productTable("units", Prisma.UnitScalarFieldEnum),
  residents: productTable("residents", Prisma.ResidentScalarFieldEnum),
  assemblies: productTable("assemblies", Prisma.AssemblyScalarFieldEnum),
  agendaItems: productTable("agenda_items", Prisma.AgendaItemScalarFieldEnum),
  attendance: productTable("attendance", Prisma.AttendanceScalarFieldEnum),
  votes: productTable("votes", Prisma.VoteScalarFieldEnum),
} satisfies { [Table in keyof ScenarioContent]: TableSpec<ScenarioContent[Table][number]> };

/**
 * Seeds an organization with its scenario's content inside the caller's transaction
 * (docs/rules.md#scenarios-and-seed-content). The caller creates the organization row first; this binds the
 * transaction to it (`bindTenant`), because row-level security only accepts product rows of the
 * organization set for the transaction, then inserts each table with one `unnest` statement
 * (`insertRows`) in foreign-key order.
 * @param tx an open interactive transaction; it stays bound to `organizationId` afterwards.
 * @param options.now the provisioning instant the content's dates are placed relative to.
 * @param options.organizationName the building the seeded minutes name (default: the scenario's).
 * @returns the number of rows inserted per table.
 * @throws the database error (e.g. the organization does not exist) — the caller's transaction then
 *   rolls back as a whole.
 */
export async function seedScenario(
  tx: Prisma.TransactionClient,
  { organizationId, scenario, now, organizationName }: { organizationId: string; scenario: Scenario; now: Date; organizationName?: string },
): Promise<SeedCounts> {
  const content = buildScenarioContent(scenario, { organizationId, now, organizationName });
  await bindTenant(tx, organizationId);
  // Sequential on purpose: one transaction is one connection, and each table references the previous ones.
  const units = await insertRows(tx, productTables.units, content.units);
  const residents = await insertRows(tx, productTables.residents, content.residents);
  const assemblies = await insertRows(tx, productTables.assemblies, content.assemblies);
  const agendaItems = await insertRows(tx, productTables.agendaItems, content.agendaItems);
  const attendance = await insertRows(tx, productTables.attendance, content.attendance);
  const votes = await insertRows(tx, productTables.votes, content.votes);
  return { units, residents, assemblies, agendaItems, attendance, votes };
}
