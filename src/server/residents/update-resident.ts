import "server-only";
import type { ResidentUpdateInput } from "@/lib/schemas/residents";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { lockResidentUnit } from "./lock-resident-unit";
import { residentSelect } from "./resident-select";
import { recordFeatureUsed } from "@/server/events/record-event";

/**
 * Edits a resident of the organization (any of name, email, phone — `null` clears it — and type) and
 * records the feature use (`demo_events`: feature_used / edit_resident, actor = the user's email), in
 * the caller's tenant transaction, with the resident's unit locked.
 * @returns the resident after the change (`residentSelect`).
 * @throws AppError("resident_not_found") → 404 when the resident is not in this organization;
 *   409 `duplicate_resident_email` when another resident of the unit has the new email, `last_owner`
 *   when the change would turn the unit's last owner into a tenant.
 */
export async function updateResident(
  tenant: TenantContext,
  { residentId, input, actor }: { residentId: string; input: ResidentUpdateInput; actor: string },
) {
  const { db, organizationId } = tenant;
  const current = await lockResidentUnit(tenant, residentId);
  if (!current) throw new AppError("resident_not_found");

  if (input.email !== undefined && input.email !== current.email) {
    const duplicate = await db.resident.count({
      where: { organizationId, unitId: current.unitId, email: input.email, NOT: { id: residentId } },
    });
    if (duplicate > 0) throw new AppError("duplicate_resident_email");
  }
  if (current.type === "owner" && input.type === "tenant") {
    const otherOwners = await db.resident.count({
      where: { organizationId, unitId: current.unitId, type: "owner", NOT: { id: residentId } },
    });
    if (otherOwners === 0) throw new AppError("last_owner");
  }

  const { count } = await db.resident.updateMany({
    where: { id: residentId, organizationId },
    data: { fullName: input.fullName, email: input.email, phone: input.phone, type: input.type },
  });
  const resident = count === 1 ? await db.resident.findFirst({ where: { id: residentId, organizationId }, select: residentSelect }) : null;
  if (!resident) throw new AppError("resident_not_found");
  await recordFeatureUsed(tenant, { actor, feature: "edit_resident" });
  return resident;
}
