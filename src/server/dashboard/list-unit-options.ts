import "server-only";
import type { TenantContext } from "@/server/db/tenant";

/** A unit as the attendance and vote pickers list it. */
export type UnitOption = {
  id: string;
  tower: string;
  number: string;
  /** Percentage text with four decimals ("2.1345"). */
  coefficient: string;
  /** The unit's first registered owner, who attends by default; null when it has none. */
  ownerName: string | null;
};

/** Every unit of the organization, in building order (tower, floor, number), for the assembly forms. */
export async function listUnitOptions({ db, organizationId }: TenantContext): Promise<UnitOption[]> {
  const units = await db.unit.findMany({
    where: { organizationId },
    orderBy: [{ tower: "asc" }, { floor: "asc" }, { number: "asc" }, { id: "asc" }],
    select: {
      id: true,
      tower: true,
      number: true,
      coefficient: true,
      residents: {
        where: { organizationId, type: "owner" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { fullName: true },
      },
    },
  });
  return units.map(({ residents, coefficient, ...unit }) => ({
    ...unit,
    coefficient: coefficient.toString(),
    ownerName: residents[0]?.fullName ?? null,
  }));
}
