import type { Ppm, QuorumResult, VoteTally } from "@/lib/governance";
import type { Offset } from "./calendar";
import type { AgendaItemRow, AssemblyRow, AttendanceRow, ResidentRow, Scenario, UnitRow, VoteRow } from "./types";

/**
 * The deterministic part of a scenario's content: the rows without ids or organization, dates as
 * offsets from the provisioning day (see calendar.ts), references as array indexes. Built once per
 * scenario and then only mapped to fresh ids and real dates, so it is never mutated.
 */
export type ScenarioTemplate = {
  scenario: Scenario;
  /** "Bogotá D.C." — where the minutes say the assemblies were held. */
  city: string;
  administrator: Person;
  units: UnitTemplate[];
  residents: ResidentTemplate[];
  assemblies: AssemblyTemplate[];
};

export type Person = { name: string; female: boolean };

export type UnitTemplate = Omit<UnitRow, "id" | "organizationId" | "createdAt"> & {
  coefficientPpm: Ppm;
  /** How the minutes name the unit: "apto. 305" or "Torre B, apto. 305". */
  label: string;
  createdAt: Offset;
};

export type ResidentTemplate = Omit<ResidentRow, "id" | "organizationId" | "unitId" | "createdAt"> & {
  unitIndex: number;
  female: boolean;
  createdAt: Offset;
};

export type AgendaItemTemplate = Omit<AgendaItemRow, "id" | "organizationId" | "assemblyId" | "votingStatus"> & {
  isQuorumCheck: boolean;
  note: string | null;
  /** The weighted result, for items voted at an assembly that had quorum. */
  tally: VoteTally | null;
};

export type AttendanceTemplate = Omit<
  AttendanceRow,
  "id" | "organizationId" | "assemblyId" | "unitId" | "registeredAt" | "proxyHolderUnitId" | "proxyHolderName" | "source"
> & {
  unitIndex: number;
  registeredAt: Offset;
};

export type VoteTemplate = Pick<VoteRow, "choice"> & { agendaIndex: number; unitIndex: number; castAt: Offset };

export type AssemblyTemplate = Omit<
  AssemblyRow,
  "id" | "organizationId" | "scheduledAt" | "closedAt" | "createdAt" | "minutes" | "startedAt" | "presidentName" | "secretaryName" | "call"
> & {
  scheduledAt: Offset;
  closedAt: Offset | null;
  createdAt: Offset;
  agenda: AgendaItemTemplate[];
  attendance: AttendanceTemplate[];
  votes: VoteTemplate[];
  /** Facts the minutes are written from; null while the assembly has not been held. */
  record: AssemblyRecord | null;
};

export type AssemblyRecord = {
  /** Consecutive number of the minutes (acta n.º). */
  actNumber: number;
  quorum: QuorumResult;
  attendingUnits: number;
  proxies: number;
  /** Who chaired the session; null when it could not be held for lack of quorum. */
  chair: (Person & { unitLabel: string }) | null;
};
