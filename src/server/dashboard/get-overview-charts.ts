import "server-only";

// The overview's chart data; read, with the rest of the overview, by `getDashboardOverview`.

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
