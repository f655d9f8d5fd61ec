// What the tenancy tests agree on: the tables that hold one organization's data, and reading them back.
import { prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import type { ScenarioContent } from "@/server/scenarios/types";

/** Every table guarded by forced row-level security (one organization's rows each), alphabetical. */
export const RLS_TABLES = [
  "agenda_items",
  "assemblies",
  "assembly_simulations",
  "attendance",
  "building_activity",
  "residents",
  "units",
  "votes",
] as const;

/** Every product row of the organization, as Prisma reads it (Decimal, Date, enum strings), through a bound transaction. */
export function readProductRows(organizationId: string) {
  return prisma.$transaction(async (tx) => {
    await bindTenant(tx, organizationId);
    return {
      units: await tx.unit.findMany(),
      residents: await tx.resident.findMany(),
      assemblies: await tx.assembly.findMany(),
      agendaItems: await tx.agendaItem.findMany(),
      attendance: await tx.attendance.findMany(),
      votes: await tx.vote.findMany(),
    } satisfies { [Table in keyof ScenarioContent]: unknown[] };
  });
}
