import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { residentOrder, unitFields } from "./unit-fields";

/**
 * Every unit of the organization with its residents, ordered by tower, floor and number — the JSON
 * overview's full listing (the units page paginates with `listUnits` instead). Decimals as strings:
 * areaM2 in m², coefficient in %.
 */
export async function listAllUnits({ db, organizationId }: TenantContext) {
  const units = await db.unit.findMany({
    where: { organizationId },
    orderBy: [{ tower: "asc" }, { floor: "asc" }, { number: "asc" }],
    select: {
      ...unitFields,
      residents: { where: { organizationId }, orderBy: residentOrder, select: { id: true, fullName: true, email: true, type: true } },
    },
  });
  return units.map((u) => ({ ...u, areaM2: u.areaM2.toString(), coefficient: u.coefficient.toString() }));
}
