import "server-only";

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
