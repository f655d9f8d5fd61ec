import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { lockUnit } from "@/server/units/lock-unit";

/**
 * Finds one resident of the organization and locks its unit (`lockUnit`), then reads the resident
 * again: what it returns cannot change under the caller until the transaction ends.
 * @returns the resident's unit, type and email, or null when the resident is not in this organization.
 */
export async function lockResidentUnit(tenant: TenantContext, residentId: string) {
  const { db, organizationId } = tenant;
  const found = await db.resident.findFirst({ where: { id: residentId, organizationId }, select: { unitId: true } });
  if (!found || !(await lockUnit(tenant, found.unitId))) return null;
  return db.resident.findFirst({ where: { id: residentId, organizationId }, select: { unitId: true, type: true, email: true } });
}
