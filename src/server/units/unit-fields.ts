import "server-only";
import type { Prisma } from "@/server/db/client";

/** The unit columns every units view shows (decimals come back as Prisma.Decimal). */
export const unitFields = {
  id: true,
  tower: true,
  floor: true,
  number: true,
  areaM2: true,
  coefficient: true,
  duesStatus: true,
  monthlyFee: true,
} as const;

/** A unit's residents as the views list them: owners first, then by name (a stable order). */
export const residentOrder = [{ type: "asc" as const }, { fullName: "asc" as const }, { id: "asc" as const }];

/**
 * A unit's first owner (the earliest registered), by name: the person its attendance and the forms
 * name for it. Pass it as the unit's `residents` relation select.
 */
export const firstOwnerOf = (organizationId: string) =>
  ({
    where: { organizationId, type: "owner" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { fullName: true },
  }) satisfies Prisma.Unit$residentsArgs;
