import "server-only";
import { isApproved, type MajorityRule, ppmToPercent } from "@/lib/governance";
import type { AgendaItemState, AssemblyState, AttendanceState } from "./load-assembly-state";

/**
 * Percentages travel as DECIMAL(7, 4) text with four decimals ("68.4512" = 68.4512 %), as the database
 * stores coefficients: exact, and formatted per locale by the page.
 */
type PercentText = string;

/** The live quorum of an assembly (Ley 675 de 2001 art. 45). */
export type QuorumView = {
  /** Coefficients present as a share of the building. */
  percentPresent: PercentText;
  /** True when strictly more than half of the building's coefficients are present. */
  met: boolean;
  attendingUnits: number;
  /** Units represented by proxy (poder), included in `attendingUnits`. */
  proxies: number;
  totalUnits: number;
};

/** An item's weighted result (`tallyVote`). */
export type TallyView = {
  majority: MajorityRule;
  /** Whether the item is approved: its majority rule met AND the assembly has quorum (Ley 675, art. 45). */
  passed: boolean;
  /** Units that voted. */
  votes: number;
  /** Coefficients that voted each way, as a share of the building. */
  yes: PercentText;
  no: PercentText;
  abstain: PercentText;
  /** Shares of the coefficients present (present units that did not vote count in the base). */
  yesPercent: PercentText;
  noPercent: PercentText;
  abstainPercent: PercentText;
  /** Yes as a share of the whole building: what a qualified majority (70 %, art. 46) is measured against. */
  yesPercentOfBuilding: PercentText;
};

/**
 * An agenda item as the API answers it: its stored fields (every item reads `closed` once the assembly
 * is), and its tally in percent (null when not put to a vote).
 */
export type AgendaItemView = Omit<AgendaItemState, "votes" | "tally"> & { tally: TallyView | null };

/** One unit present, as the API answers it: the coefficient as percentage text, the instant as ISO text. */
export type AttendanceView = Omit<AttendanceState, "coefficient" | "registeredAt"> & { coefficient: PercentText; registeredAt: string };

/** `GET /api/assemblies/[assemblyId]`. Dates are ISO 8601 (UTC). */
export type AssemblyDetail = {
  id: string;
  title: string;
  type: AssemblyState["type"];
  status: AssemblyState["status"];
  call: AssemblyState["call"];
  scheduledAt: string;
  /** When the session really began; null while scheduled. */
  startedAt: string | null;
  presidentName: string | null;
  secretaryName: string | null;
  location: string;
  createdAt: string;
  closedAt: string | null;
  /** Quorum snapshot taken at closing; null while scheduled. Equals `quorum.percentPresent` once closed. */
  quorumPercent: PercentText | null;
  minutes: string | null;
  quorum: QuorumView;
  agenda: AgendaItemView[];
  attendance: AttendanceView[];
};

/** The JSON shape of an assembly's state (see `AssemblyDetail`); ppm become percentage text. */
export function toAssemblyDetail(state: AssemblyState): AssemblyDetail {
  return {
    id: state.id,
    title: state.title,
    type: state.type,
    status: state.status,
    call: state.call,
    scheduledAt: state.scheduledAt.toISOString(),
    startedAt: state.startedAt?.toISOString() ?? null,
    presidentName: state.presidentName,
    secretaryName: state.secretaryName,
    location: state.location,
    createdAt: state.createdAt.toISOString(),
    closedAt: state.closedAt?.toISOString() ?? null,
    quorumPercent: state.quorumPercent,
    minutes: state.minutes,
    quorum: {
      percentPresent: ppmToPercent(state.quorum.percentPresent),
      met: state.quorum.met,
      attendingUnits: state.attendance.length,
      proxies: state.attendance.filter((present) => present.isProxy).length,
      totalUnits: state.totalUnits,
    },
    agenda: state.agenda.map(({ votes, tally, ...item }) => ({
      ...item,
      votingStatus: state.status === "closed" ? "closed" : item.votingStatus,
      tally: tally && {
        majority: item.majority,
        // Without quorum the assembly cannot decide anything (Ley 675 de 2001, art. 45).
        passed: isApproved(tally, state.quorum),
        votes,
        yes: ppmToPercent(tally.yes),
        no: ppmToPercent(tally.no),
        abstain: ppmToPercent(tally.abstain),
        yesPercent: ppmToPercent(tally.yesPercent),
        noPercent: ppmToPercent(tally.noPercent),
        abstainPercent: ppmToPercent(tally.abstainPercent),
        yesPercentOfBuilding: ppmToPercent(tally.yesPercentOfBuilding),
      },
    })),
    attendance: state.attendance.map((present) => ({
      ...present,
      coefficient: ppmToPercent(present.coefficient),
      registeredAt: present.registeredAt.toISOString(),
    })),
  };
}
