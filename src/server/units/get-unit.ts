import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { residentOrder, unitFields } from "./unit-fields";

/**
 * One unit of the organization with all its residents (owners first) and its attendance record:
 * `attendanceCount` closed assemblies it attended (in person or by proxy) out of
 * `closedAssemblyCount` closed assemblies of the organization. Decimals as strings: areaM2 in m²,
 * coefficient in %; monthlyFee in whole pesos (COP).
 * @throws AppError("unit_not_found") → 404 when the unit does not exist in this organization.
 */
export async function getUnit({ db, organizationId }: TenantContext, { unitId }: { unitId: string }) {
  const [unit, attendanceCount, closedAssemblyCount] = await Promise.all([
    db.unit.findFirst({
      where: { id: unitId, organizationId },
      select: {
        ...unitFields,
        residents: {
          where: { organizationId },
          orderBy: residentOrder,
          select: { id: true, fullName: true, email: true, phone: true, type: true },
        },
      },
    }),
    db.attendance.count({ where: { organizationId, unitId, assembly: { organizationId, status: "closed" } } }),
    db.assembly.count({ where: { organizationId, status: "closed" } }),
  ]);
  if (!unit) throw new AppError("unit_not_found");
  return { ...unit, areaM2: unit.areaM2.toString(), coefficient: unit.coefficient.toString(), attendanceCount, closedAssemblyCount };
}

export type UnitDetail = Awaited<ReturnType<typeof getUnit>>;
