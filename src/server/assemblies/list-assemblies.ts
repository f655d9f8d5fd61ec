import "server-only";
import { percentToPpm, ppmToPercent } from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";

/** One row of `GET /api/assemblies`. */
export type AssemblySummary = {
  id: string;
  title: string;
  type: "ordinary" | "extraordinary";
  status: "scheduled" | "in_progress" | "closed";
  /** ISO 8601 (UTC). */
  scheduledAt: string;
  location: string;
  /** Quorum snapshot taken at closing, percentage text with four decimals ("68.4512"); null while scheduled. */
  quorumPercent: string | null;
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
