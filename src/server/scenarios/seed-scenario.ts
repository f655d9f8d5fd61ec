import "server-only";
import type { Prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import { buildScenarioContent } from "./build-scenario-content";
import { insertRows, type TableSpec } from "./insert-rows";
import type { Scenario, ScenarioContent } from "./types";

/** Rows inserted per product table. */
export type SeedCounts = { [Table in keyof ScenarioContent]: number };

/**
 * The product tables a scenario fills, in foreign-key order, with the column of every row field (the
 * one place that maps `ScenarioContent` to SQL; prisma/schema.prisma is the source of the names).
 * Typed against the row types, so a field renamed or added there fails to compile here.
 */
export const productTables = {
  units: {
    table: "units",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      tower: ["tower", "text"],
      floor: ["floor", "int4"],
      number: ["number", "text"],
      areaM2: ["area_m2", "numeric"],
      coefficient: ["coefficient", "numeric"],
      duesStatus: ["dues_status", '"DuesStatus"'],
      monthlyFee: ["monthly_fee", "int4"],
      createdAt: ["created_at", "timestamptz"],
    },
  },
  residents: {
    table: "residents",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      unitId: ["unit_id", "uuid"],
      fullName: ["full_name", "text"],
      email: ["email", "text"],
      phone: ["phone", "text"],
      type: ["type", '"ResidentType"'],
      createdAt: ["created_at", "timestamptz"],
    },
  },
  assemblies: {
    table: "assemblies",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      title: ["title", "text"],
      type: ["type", '"AssemblyType"'],
      status: ["status", '"AssemblyStatus"'],
      scheduledAt: ["scheduled_at", "timestamptz"],
      location: ["location", "text"],
      quorumPercent: ["quorum_percent", "numeric"],
      minutes: ["minutes", "text"],
      closedAt: ["closed_at", "timestamptz"],
      createdAt: ["created_at", "timestamptz"],
      startedAt: ["started_at", "timestamptz"],
      presidentName: ["president_name", "text"],
      secretaryName: ["secretary_name", "text"],
      call: ["call", '"AssemblyCall"'],
    },
  },
  agendaItems: {
    table: "agenda_items",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      assemblyId: ["assembly_id", "uuid"],
      position: ["position", "int4"],
      title: ["title", "text"],
      description: ["description", "text"],
      requiresVote: ["requires_vote", "bool"],
      majority: ["majority", '"MajorityRule"'],
      votingStatus: ["voting_status", '"ItemVotingStatus"'],
    },
  },
  attendance: {
    table: "attendance",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      assemblyId: ["assembly_id", "uuid"],
      unitId: ["unit_id", "uuid"],
      attendeeName: ["attendee_name", "text"],
      isProxy: ["is_proxy", "bool"],
      registeredAt: ["registered_at", "timestamptz"],
      proxyHolderUnitId: ["proxy_holder_unit_id", "uuid"],
      proxyHolderName: ["proxy_holder_name", "text"],
      source: ["source", '"AttendanceSource"'],
    },
  },
  votes: {
    table: "votes",
    columns: {
      id: ["id", "uuid"],
      organizationId: ["organization_id", "uuid"],
      agendaItemId: ["agenda_item_id", "uuid"],
      unitId: ["unit_id", "uuid"],
      choice: ["choice", '"VoteChoice"'],
      castAt: ["cast_at", "timestamptz"],
    },
  },
} as const satisfies { [Table in keyof ScenarioContent]: TableSpec<ScenarioContent[Table][number]> };

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
