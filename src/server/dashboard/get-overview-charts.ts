import "server-only";
import { percentToPpm, TOTAL_PPM } from "@/lib/governance";
import { loadAssemblyState } from "@/server/assemblies/load-assembly-state";
import type { TenantContext } from "@/server/db/tenant";

/** One closed assembly on the attendance chart. */
export type QuorumPoint = {
  id: string;
  title: string;
  /** ISO 8601 (UTC). */
  scheduledAt: string;
  /** Coefficients present at closing, in percent (68.4512). */
  quorumPercent: number;
  /** More than half of the building's coefficients were present (Ley 675 art. 45). */
  met: boolean;
  attendingUnits: number;
};

/** One voted agenda item: shares of the coefficients present, in percent; `notVoted` completes 100. */
export type VoteItemPoint = {
  id: string;
  position: number;
  title: string;
  majority: "simple" | "qualified";
  yes: number;
  no: number;
  abstain: number;
  notVoted: number;
  /** Yes as a share of the whole building (what a qualified majority needs to reach 70). */
  yesOfBuilding: number;
  passed: boolean;
};

export type OverviewCharts = {
  /** Closed assemblies of the last twelve months, oldest first. */
  quorum: QuorumPoint[];
  /**
   * The last closed assembly (by closing time) and the tallies of its voted items; `quorumMet` false
   * (and no items) when it closed without quorum, so nothing was decided in it. Null before any closes.
   */
  votes: { assemblyId: string; title: string; scheduledAt: string; quorumMet: boolean; items: VoteItemPoint[] } | null;
};

const YEAR_MS = 365 * 24 * 3_600_000;
function ppmToNumber(ppm: number) {
  return ppm / 10_000;
}

/**
 * The overview's chart data, computed on the server from the organization's rows: quorum of each
 * closed assembly of the last year (the snapshot taken at closing) and the weighted tallies of the
 * last closed assembly — the one "Votaciones de la última asamblea" names, even when it closed without
 * quorum and so decided nothing (Ley 675 de 2001 art. 45). Percentages are numbers in percent units.
 */
export async function getOverviewCharts(tenant: TenantContext, now = new Date()): Promise<OverviewCharts> {
  const { db, organizationId } = tenant;
  const [closed, lastVoted] = await Promise.all([
    db.assembly.findMany({
      where: { organizationId, status: "closed", scheduledAt: { gte: new Date(now.getTime() - YEAR_MS) } },
      orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        scheduledAt: true,
        quorumPercent: true,
        _count: { select: { attendance: { where: { organizationId } } } },
      },
    }),
    db.assembly.findFirst({
      // The last one held: by when it closed (an assembly may close before its scheduled date was due).
      where: { organizationId, status: "closed" },
      orderBy: [{ closedAt: { sort: "desc", nulls: "last" } }, { scheduledAt: "desc" }, { id: "asc" }],
      select: { id: true, quorumPercent: true },
    }),
  ]);

  const state = lastVoted ? await loadAssemblyState(tenant, lastVoted.id) : null;
  const votes = state && {
    assemblyId: state.id,
    title: state.title,
    scheduledAt: state.scheduledAt.toISOString(),
    quorumMet: lastVoted?.quorumPercent != null && percentToPpm(lastVoted.quorumPercent.toString()) * 2 > TOTAL_PPM,
    items: state.agenda.flatMap((item) => {
      if (!item.tally) return [];
      const { yesPercent, noPercent, abstainPercent } = item.tally;
      return [
        {
          id: item.id,
          position: item.position,
          title: item.title,
          majority: item.majority,
          yes: ppmToNumber(yesPercent),
          no: ppmToNumber(noPercent),
          abstain: ppmToNumber(abstainPercent),
          notVoted: ppmToNumber(Math.max(0, TOTAL_PPM - yesPercent - noPercent - abstainPercent)),
          yesOfBuilding: ppmToNumber(item.tally.yesPercentOfBuilding),
          passed: item.tally.passed,
        },
      ];
    }),
  };

  return {
    quorum: closed.flatMap((assembly) => {
      if (assembly.quorumPercent === null) return [];
      const ppm = percentToPpm(assembly.quorumPercent.toString());
      return [
        {
          id: assembly.id,
          title: assembly.title,
          scheduledAt: assembly.scheduledAt.toISOString(),
          quorumPercent: ppmToNumber(ppm),
          met: ppm * 2 > TOTAL_PPM,
          attendingUnits: assembly._count.attendance,
        },
      ];
    }),
    votes,
  };
}
