import "server-only";
import type { TenantContext } from "@/server/db/tenant";

/**
 * Locks one unit of the tenant's organization (`FOR NO KEY UPDATE`) until the transaction ends, so
 * that rules over a unit's residents ("no duplicate email", "at least one owner") are checked and
 * applied without a concurrent write slipping in between. The lock does not block foreign-key checks
 * of other tables (they take KEY SHARE).
 * @returns true when the unit exists in the organization (and is now locked), false otherwise.
 */
export async function lockUnit({ db, organizationId }: TenantContext, unitId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM units WHERE id = ${unitId}::uuid AND organization_id = ${organizationId}::uuid FOR NO KEY UPDATE`;
  return rows.length === 1;
}
