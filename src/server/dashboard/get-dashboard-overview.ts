import "server-only";
import type { TenantContext } from "@/server/db/tenant";
import { getOverviewCharts } from "./get-overview-charts";

/**
 * Everything the admin overview shows, read through the tenant-bound transaction: counts, the next
 * scheduled assembly, the quorum of the last closed one, the
 * assemblies (newest first) and the charts' data (`getOverviewCharts`, plus units up to date vs in
 * arrears). Every query filters by the organization explicitly; RLS backs it up.
 * Decimal columns come back as strings ("2.1345") so the page formats them per locale.
 */
export async function getDashboardOverview(tenant: TenantContext, now = new Date()) {
  const { db, organizationId } = tenant;
  const [unitCount, residentCount, arrearsCount, assemblies, charts] = await Promise.all([
    db.unit.count({ where: { organizationId } }),
    db.resident.count({ where: { organizationId } }),
    db.unit.count({ where: { organizationId, duesStatus: "in_arrears" } }),
    db.assembly.findMany({
      where: { organizationId },
      orderBy: { scheduledAt: "desc" },
      select: { id: true, title: true, type: true, status: true, scheduledAt: true, location: true, quorumPercent: true },
    }),
    getOverviewCharts(tenant, now),
  ]);
  const upcoming = assemblies.filter((a) => a.status === "scheduled" && a.scheduledAt >= now);
  const nextAssembly = upcoming.at(-1) ?? null;
  const lastClosed = assemblies.find((a) => a.status === "closed") ?? null;
  return {
    unitCount,
    residentCount,
    arrearsCount,
    nextAssembly: nextAssembly && { id: nextAssembly.id, title: nextAssembly.title, scheduledAt: nextAssembly.scheduledAt.toISOString() },
    lastQuorumPercent: lastClosed?.quorumPercent?.toString() ?? null,
    lastAssembly: lastClosed && { id: lastClosed.id, title: lastClosed.title, scheduledAt: lastClosed.scheduledAt.toISOString() },
    assemblies: assemblies.map((a) => ({
      ...a,
      scheduledAt: a.scheduledAt.toISOString(),
      quorumPercent: a.quorumPercent?.toString() ?? null,
    })),
    charts: { ...charts, dues: { upToDate: unitCount - arrearsCount, inArrears: arrearsCount } },
  };
}

export type DashboardOverview = Awaited<ReturnType<typeof getDashboardOverview>>;
