import "server-only";
import type { UnitListQuery } from "@/lib/schemas/units";
import type { Prisma } from "@/server/db/generated/client";
import type { TenantContext } from "@/server/db/tenant";
import { escapeLike } from "./escape-like";
import { residentOrder, unitFields } from "./unit-fields";

/**
 * One page of the organization's units for the units table, in a stable order (tower, floor, number).
 * `q` matches, case-insensitively and literally, a unit number or any resident's name or email;
 * `tower` and `dues` filter exactly. Every query filters by the organization; RLS backs it up.
 * @returns `{ items, total, page, pageSize, towers }`: `items` with areaM2 (m²) and coefficient (%) as
 *   decimal strings ("72.35", "2.1345") and monthlyFee in whole pesos (COP), each with its residents
 *   (owners first); `total` counts every match; `towers` lists all the organization's towers (for the
 *   filter), sorted. A page past the end has no items.
 */
export async function listUnits({ db, organizationId }: TenantContext, query: UnitListQuery) {
  const pattern = query.q ? { contains: escapeLike(query.q), mode: "insensitive" as const } : undefined;
  const where: Prisma.UnitWhereInput = {
    organizationId,
    ...(query.tower ? { tower: query.tower } : {}),
    ...(query.dues ? { duesStatus: query.dues } : {}),
    ...(pattern
      ? { OR: [{ number: pattern }, { residents: { some: { organizationId, OR: [{ fullName: pattern }, { email: pattern }] } } }] }
      : {}),
  };
  const [total, units, towers] = await Promise.all([
    db.unit.count({ where }),
    db.unit.findMany({
      where,
      orderBy: [{ tower: "asc" }, { floor: "asc" }, { number: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        ...unitFields,
        residents: { where: { organizationId }, orderBy: residentOrder, select: { id: true, fullName: true, type: true } },
      },
    }),
    db.unit.findMany({ where: { organizationId }, distinct: ["tower"], orderBy: { tower: "asc" }, select: { tower: true } }),
  ]);
  return {
    items: units.map((u) => ({ ...u, areaM2: u.areaM2.toString(), coefficient: u.coefficient.toString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
    towers: towers.map((t) => t.tower),
  };
}

export type UnitList = Awaited<ReturnType<typeof listUnits>>;
