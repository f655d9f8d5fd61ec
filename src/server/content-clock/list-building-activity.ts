import "server-only";
import type { TenantContext } from "@/server/db/tenant";

/** One thing that happened in the building (a `building_activity` row), for the overview's feed. */
export type BuildingActivityItem = {
  id: string;
  /** "payment" | "dues_reminder" | "assembly_due" | "assembly_reminder" | "new_resident" | "request" */
  kind: string;
  /** The message's values: unit, tower, amount (COP), title, name… (strings and numbers). */
  params: Record<string, string | number>;
  /** ISO 8601: when it happened on the demo's content clock. */
  occurredAt: string;
};

/**
 * The organization's latest building activity (time travel and the daily synthetic activity), newest
 * first, at most `limit` (default 8) rows. Filters by the organization; RLS backs it up.
 */
export async function listBuildingActivity({ db, organizationId }: TenantContext, limit = 8): Promise<BuildingActivityItem[]> {
  const rows = await db.buildingActivity.findMany({
    where: { organizationId },
    orderBy: [{ occurredAt: "desc" }, { kind: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, kind: true, params: true, occurredAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    params: (row.params ?? {}) as Record<string, string | number>,
    occurredAt: row.occurredAt.toISOString(),
  }));
}
