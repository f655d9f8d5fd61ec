import type { Prisma } from "@/server/db/generated/client";

/**
 * A scenario: the versioned recipe for the content a new demo organization starts with
 * (docs/rules.md#scenarios-and-seed-content). Bump `version` whenever a change alters the generated
 * content, so demos and events can tell which content they were given.
 */
export type Scenario = {
  /** Stable identifier, stored in organizations.scenario. */
  name: string;
  version: number;
  /** Language of the generated texts (titles, minutes, towers); `localizeScenario` derives the other one. */
  locale: "es" | "en";
  organizationName: string;
  towers: number;
  unitsPerTower: number;
  /** Residential floors per tower; units are spread evenly over them (numbered 101, 102, … 1005). */
  floors: number;
  /** How far back the history (assemblies, move-ins) reaches, in months (at most 12). */
  historyMonths: number;
  /** Seed of the scenario's own Faker instance: same seed, same content. */
  fakerSeed: number;
  /** Assemblies the demo may still create (organizations.assembly_credits). */
  assemblyCredits: number;
  /** Features the demo should point out, in the scenario's language. */
  highlights: string[];
};

/**
 * A `createMany` input of Prisma with every field present (ids included, nothing left to column
 * defaults) and each field narrowed to one representation: dates as `Date`, decimals as exact text
 * ("2.1234") so that no float ever touches a coefficient.
 */
type Row<T> = { [K in keyof T]-?: Field<Exclude<T[K], undefined>> };
type Field<V> = [number] extends [V] ? ([string] extends [V] ? Extract<V, string | null> : V) : [Date] extends [V] ? Exclude<V, string> : V;

export type UnitRow = Row<Prisma.UnitCreateManyInput>;
export type ResidentRow = Row<Prisma.ResidentCreateManyInput>;
export type AssemblyRow = Row<Prisma.AssemblyCreateManyInput>;
export type AgendaItemRow = Row<Prisma.AgendaItemCreateManyInput>;
export type AttendanceRow = Row<Prisma.AttendanceCreateManyInput>;
export type VoteRow = Row<Prisma.VoteCreateManyInput>;

/** Everything a scenario inserts for one organization, in foreign-key order. */
export type ScenarioContent = {
  units: UnitRow[];
  residents: ResidentRow[];
  assemblies: AssemblyRow[];
  agendaItems: AgendaItemRow[];
  attendance: AttendanceRow[];
  votes: VoteRow[];
};
