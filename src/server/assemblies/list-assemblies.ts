import "server-only";
import { percentToPpm, ppmToPercent } from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";
import type { AssemblyDetail } from "./to-assembly-detail";

/**
 * One row of `GET /api/assemblies`: the assembly's fields as its detail answers them (`scheduledAt` ISO
 * 8601 UTC; `quorumPercent` the snapshot taken at closing, null while scheduled), and the size of its agenda.
 */
export type AssemblySummary = Pick<AssemblyDetail, "id" | "title" | "type" | "status" | "scheduledAt" | "location" | "quorumPercent"> & {
  agendaCount: number;
};

/** The organization's assemblies, newest (latest `scheduledAt`) first, with the size of each agenda. */
export async function listAssemblies({ db, organizationId }: TenantContext): Promise<AssemblySummary[]> {
  const assemblies = await db.assembly.findMany({
    where: { organizationId },
    orderBy: [{ scheduledAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      type: true,
      status: true,
      scheduledAt: true,
      location: true,
      quorumPercent: true,
      _count: { select: { agendaItems: { where: { organizationId } } } },
    },
  });
  return assemblies.map(({ _count, quorumPercent, scheduledAt, ...assembly }) => ({
    ...assembly,
    scheduledAt: scheduledAt.toISOString(),
    quorumPercent: quorumPercent === null ? null : ppmToPercent(percentToPpm(quorumPercent.toString())),
    agendaCount: _count.agendaItems,
  }));
}
