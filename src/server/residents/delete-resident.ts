import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { lockResidentUnit } from "./lock-resident-unit";
import { recordFeatureUsed } from "@/server/events/record-event";

/**
 * Removes a resident of the organization and records the feature use (`demo_events`: feature_used /
 * delete_resident, actor = the user's email), in the caller's tenant transaction. The unit is locked
 * first, so two concurrent deletions cannot remove a unit's last two owners.
 * @throws AppError("resident_not_found") → 404 when the resident is not in this organization;
 *   AppError("last_owner") → 409 when it is the unit's last owner.
 */
export async function deleteResident(tenant: TenantContext, { residentId, actor }: { residentId: string; actor: string }): Promise<void> {
  const { db, organizationId } = tenant;
  const current = await lockResidentUnit(tenant, residentId);
  if (!current) throw new AppError("resident_not_found");
  if (current.type === "owner") {
    const otherOwners = await db.resident.count({
      where: { organizationId, unitId: current.unitId, type: "owner", NOT: { id: residentId } },
    });
    if (otherOwners === 0) throw new AppError("last_owner");
  }
  const { count } = await db.resident.deleteMany({ where: { id: residentId, organizationId } });
  if (count === 0) throw new AppError("resident_not_found");
  await recordFeatureUsed(tenant, { actor, feature: "delete_resident" });
}
