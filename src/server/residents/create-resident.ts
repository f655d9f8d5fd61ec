import "server-only";
import type { ResidentCreateInput } from "@/lib/schemas/residents";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { lockUnit } from "@/server/units/lock-unit";
import { residentSelect } from "./resident-select";
import { recordFeatureUsed } from "@/server/events/record-event";

/**
 * Adds a resident (owner or tenant) to one of the organization's units and records the feature use
 * (`demo_events`: feature_used / create_resident, actor = the user's email), in the caller's tenant
 * transaction. The unit is locked first, so two concurrent requests cannot both add the same email.
 * Emails arrive normalized (trimmed, lower-case: `emailSchema`), as stored.
 * @returns the new resident (`residentSelect`).
 * @throws AppError("unit_not_found") → 404 when the unit is not in this organization;
 *   AppError("duplicate_resident_email") → 409 when the unit already has a resident with that email.
 */
export async function createResident(tenant: TenantContext, { input, actor }: { input: ResidentCreateInput; actor: string }) {
  const { db, organizationId } = tenant;
  if (!(await lockUnit(tenant, input.unitId))) throw new AppError("unit_not_found");
  const duplicate = await db.resident.count({ where: { organizationId, unitId: input.unitId, email: input.email } });
  if (duplicate > 0) throw new AppError("duplicate_resident_email");

  const resident = await db.resident.create({
    data: {
      organizationId,
      unitId: input.unitId,
      fullName: input.fullName,
      email: input.email,
      phone: input.phone ?? null,
      type: input.type,
    },
    select: residentSelect,
  });
  await recordFeatureUsed(tenant, { actor, feature: "create_resident" });
  return resident;
}
