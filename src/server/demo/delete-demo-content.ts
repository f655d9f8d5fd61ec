import "server-only";
import type { Prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import type { SeedCounts } from "@/server/scenarios/seed-scenario";

/**
 * Deletes every product row of one organization (units, residents, assemblies, agenda items,
 * attendance, votes) inside the caller's transaction, children first. Platform work touching product
 * rows: it binds the transaction to `organizationId` first (`bindTenant`), so row-level security
 * limits every statement to that organization's rows whatever the filters say. The organization row,
 * its users, lead, events and audit entries are not product rows and stay.
 * @param tx an open interactive transaction; it stays bound to `organizationId` afterwards.
 * @returns the rows deleted per table.
 */
export async function deleteDemoContent(tx: Prisma.TransactionClient, organizationId: string): Promise<SeedCounts> {
  await bindTenant(tx, organizationId);
  const where = { organizationId };
  // Sequential on purpose: one transaction is one connection, and children go before their parents.
  const votes = (await tx.vote.deleteMany({ where })).count;
  const attendance = (await tx.attendance.deleteMany({ where })).count;
  const agendaItems = (await tx.agendaItem.deleteMany({ where })).count;
  const assemblies = (await tx.assembly.deleteMany({ where })).count;
  const residents = (await tx.resident.deleteMany({ where })).count;
  const units = (await tx.unit.deleteMany({ where })).count;
  return { units, residents, assemblies, agendaItems, attendance, votes };
}
