import "server-only";
import { type Locale, getTranslator } from "@/lib/i18n";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { lockResidentUnit } from "./lock-resident-unit";

/**
 * Removes a resident of the organization and records the feature use (`demo_events`: feature_used /
 * delete_resident, actor = the user's email), in the caller's tenant transaction. The unit is locked
 * first, so two concurrent deletions cannot remove a unit's last two owners.
 * @throws AppError("not_found") → 404 when the resident is not in this organization;
 *   AppError("conflict") → 409 when it is the unit's last owner ("Cada unidad necesita al menos un propietario").
 */
export async function deleteResident(
  tenant: TenantContext,
  { residentId, actor, locale }: { residentId: string; actor: string; locale: Locale },
): Promise<void> {
  const { db, organizationId } = tenant;
  const t = getTranslator(locale, "residents");
  const current = await lockResidentUnit(tenant, residentId);
  if (!current) throw new AppError("not_found", t("residentNotFound"));
  if (current.type === "owner") {
    const otherOwners = await db.resident.count({
      where: { organizationId, unitId: current.unitId, type: "owner", NOT: { id: residentId } },
    });
    if (otherOwners === 0) throw new AppError("conflict", t("lastOwner"));
  }
  const { count } = await db.resident.deleteMany({ where: { id: residentId, organizationId } });
  if (count === 0) throw new AppError("not_found", t("residentNotFound"));
  await db.demoEvent.create({ data: { organizationId, type: "feature_used", actor, data: { feature: "delete_resident" } } });
}
