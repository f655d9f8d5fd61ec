import "server-only";
import {
  type AssemblyCall,
  computeQuorum,
  type MajorityRule,
  percentToPpm,
  type Ppm,
  ppmToPercent,
  type QuorumResult,
  sumPpm,
  tallyVote,
  type VoteTally,
} from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";

/** One unit present at an assembly, with the coefficient it brings (ppm). */
export type AttendanceState = {
  id: string;
  unitId: string;
  tower: string;
  unitNumber: string;
  attendeeName: string;
  isProxy: boolean;
  /** The unit whose owner holds this unit's proxy, when the holder is another owner. */
  proxyHolderUnitId: string | null;
  /** The proxy holder's name (owner of `proxyHolderUnitId`, or a named third party). */
  proxyHolderName: string | null;
  /** Who registered it: the administrator or the owner's voter link. */
  source: "admin" | "link";
  coefficient: Ppm;
  registeredAt: Date;
};

/** An agenda item; `tally` is the weighted result of its votes when it requires a vote, else null. */
export type AgendaItemState = {
  id: string;
  position: number;
  title: string;
  description: string | null;
  requiresVote: boolean;
  majority: MajorityRule;
  votingStatus: "pending" | "open" | "closed";
  /** How many units voted it. */
  votes: number;
  tally: VoteTally | null;
};

/** The fields of an agenda item every reader of an assembly shows. */
export const agendaItemSelect = { id: true, position: true, title: true, description: true, majority: true } as const;

/** An assembly as stored, plus its quorum and tallies computed now from attendance and votes. */
export type AssemblyState = {
  id: string;
  title: string;
  type: "ordinary" | "extraordinary";
  status: "scheduled" | "in_progress" | "closed";
  call: AssemblyCall;
  scheduledAt: Date;
  /** When the session really began; null while scheduled. */
  startedAt: Date | null;
  presidentName: string | null;
  secretaryName: string | null;
  location: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Snapshot taken at closing, as DECIMAL(7, 4) text with four decimals ("68.4512"); null while scheduled. */
  quorumPercent: string | null;
  minutes: string | null;
  /** Units of the building, present or not. */
  totalUnits: number;
  /** Sum of the building's coefficients (ppm): 1_000_000 when they add up to 100 %. */
  totalCoefficient: Ppm;
  /** Live quorum from the attendance (Ley 675 art. 45). */
  quorum: QuorumResult;
  attendance: AttendanceState[];
  /** In position order. */
  agenda: AgendaItemState[];
};

function toPpm(decimal: { toString(): string }): Ppm {
  return percentToPpm(decimal.toString());
}

/**
 * Reads one of the organization's assemblies with its agenda, attendance and votes, and weighs them
 * with the governance rules: quorum from the coefficients present (`computeQuorum`) and, for every
 * item that requires a vote, the result by coefficient (`tallyVote`, simple or qualified majority).
 * Coefficients are exact integers (ppm) throughout; the building's total is the sum of its units.
 * Every query carries the organization beside the id.
 * @returns null when no assembly of the organization has that id.
 * @throws RangeError when the stored data break the rules (votes weighing more than the units present).
 */
export async function loadAssemblyState({ db, organizationId }: TenantContext, assemblyId: string): Promise<AssemblyState | null> {
  const [assembly, units] = await Promise.all([
    db.assembly.findFirst({
      where: { id: assemblyId, organizationId },
      select: {
        id: true,
        title: true,
        type: true,
        status: true,
        call: true,
        scheduledAt: true,
        startedAt: true,
        presidentName: true,
        secretaryName: true,
        location: true,
        createdAt: true,
        closedAt: true,
        quorumPercent: true,
        minutes: true,
        agendaItems: {
          where: { organizationId },
          orderBy: { position: "asc" },
          select: {
            ...agendaItemSelect,
            requiresVote: true,
            votingStatus: true,
            votes: { where: { organizationId }, select: { unitId: true, choice: true } },
          },
        },
        attendance: {
          where: { organizationId },
          orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            unitId: true,
            attendeeName: true,
            isProxy: true,
            proxyHolderUnitId: true,
            proxyHolderName: true,
            source: true,
            registeredAt: true,
            unit: { select: { tower: true, number: true, coefficient: true } },
          },
        },
      },
    }),
    db.unit.findMany({ where: { organizationId }, select: { id: true, coefficient: true } }),
  ]);
  if (!assembly) return null;

  const coefficientOf = new Map(units.map((unit) => [unit.id, toPpm(unit.coefficient)]));
  const totalCoefficient = sumPpm([...coefficientOf.values()]);
  const attendance = assembly.attendance.map(({ unit, ...present }) => ({
    ...present,
    tower: unit.tower,
    unitNumber: unit.number,
    coefficient: toPpm(unit.coefficient),
  }));
  const quorum = computeQuorum(
    attendance.map((present) => present.coefficient),
    totalCoefficient,
    assembly.call,
  );
  const agenda = assembly.agendaItems.map(({ votes, ...item }) => ({
    ...item,
    votes: votes.length,
    tally: item.requiresVote
      ? tallyVote(
          votes.map((vote) => ({ choice: vote.choice, coefficient: coefficientOf.get(vote.unitId) ?? 0 })),
          item.majority,
          quorum.presentCoefficient,
          totalCoefficient,
        )
      : null,
  }));
  return {
    id: assembly.id,
    title: assembly.title,
    type: assembly.type,
    status: assembly.status,
    call: assembly.call,
    scheduledAt: assembly.scheduledAt,
    startedAt: assembly.startedAt,
    presidentName: assembly.presidentName,
    secretaryName: assembly.secretaryName,
    location: assembly.location,
    createdAt: assembly.createdAt,
    closedAt: assembly.closedAt,
    quorumPercent: assembly.quorumPercent === null ? null : ppmToPercent(toPpm(assembly.quorumPercent)),
    minutes: assembly.minutes,
    totalUnits: units.length,
    totalCoefficient,
    quorum,
    attendance,
    agenda,
  };
}
