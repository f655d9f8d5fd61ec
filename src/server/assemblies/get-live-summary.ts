import "server-only";
import {
  type AssemblyCall,
  computeQuorum,
  isApproved,
  type MajorityRule,
  percentToPpm,
  type Ppm,
  shareOf,
  tallyVote,
  type VoteChoice,
} from "@/lib/governance";
import type { TenantContext } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import type { AssemblyStatus } from "./lock-assembly";

/** One agenda item in the live summary. Percentages are numbers with up to 4 decimals (52.3412 = 52.3412 %). */
export type LiveItem = {
  id: string;
  position: number;
  title: string;
  requiresVote: boolean;
  majority: MajorityRule;
  /** "closed" for every item once the assembly is closed. */
  votingStatus: "pending" | "open" | "closed";
  /** Units whose vote is recorded (a proxy holder's vote counts for each unit it represents). */
  votes: number;
  /** Coefficients that voted each way, as % of ALL the building's coefficients (what art. 46 measures). */
  yes: number;
  no: number;
  abstain: number;
  /** The same, as % of the coefficients present (what the simple majority of art. 45 measures). */
  yesOfPresent: number;
  noOfPresent: number;
  abstainOfPresent: number;
  /** Whether the item would be approved with the votes and quorum of now (`isApproved`); false for items without vote. */
  passed: boolean;
};

/** What the live screens show (`GET /api/assemblies/{id}/live` sends it as each event's data). */
export type LiveSummary = {
  assemblyId: string;
  status: AssemblyStatus;
  call: AssemblyCall;
  /** ISO 8601 (UTC), null until started / closed. */
  startedAt: string | null;
  closedAt: string | null;
  /** Coefficients present or represented, as % of the building. */
  quorumPercent: number;
  /** Quorum of Ley 675 de 2001 art. 45 (first call) or art. 41 (second call), see `computeQuorum`. */
  quorumMet: boolean;
  presentUnits: number;
  /** Units represented by proxy, included in `presentUnits`. */
  proxies: number;
  totalUnits: number;
  items: LiveItem[];
};

const percent = (ppm: Ppm) => ppm / 10_000;

/**
 * A cheap read of an assembly's live state — four small aggregate queries, no per-vote rows — for
 * the live stream, which re-reads it about every second, and for the pages. Quorum and tallies use the
 * governance rules on exact integers (`computeQuorum`, `tallyVote`, `isApproved`); only the
 * percentages sent are decimals.
 * @param tenant the tenant transaction (`withTenant`/`ctx.transaction`).
 * @throws 404 `assembly_not_found` for an unknown id or another organization's.
 */
export async function getLiveSummary(tenant: TenantContext, assemblyId: string): Promise<LiveSummary> {
  const { db, organizationId } = tenant;
  const [assembly] = await db.$queryRaw<
    { status: AssemblyStatus; call: AssemblyCall; started_at: Date | null; closed_at: Date | null }[]
  >`SELECT status::text AS status, call::text AS call, started_at, closed_at FROM assemblies
    WHERE id = ${assemblyId}::uuid AND organization_id = ${organizationId}::uuid`;
  if (!assembly) throw new AppError("assembly_not_found");

  const [building] = await db.$queryRaw<{ units: number; total: string }[]>`
    SELECT count(*)::int AS units, coalesce(sum(coefficient), 0)::text AS total FROM units WHERE organization_id = ${organizationId}::uuid`;
  const present = await db.$queryRaw<{ coefficient: string; is_proxy: boolean }[]>`
    SELECT u.coefficient::text AS coefficient, a.is_proxy FROM attendance a
    JOIN units u ON u.organization_id = a.organization_id AND u.id = a.unit_id
    WHERE a.organization_id = ${organizationId}::uuid AND a.assembly_id = ${assemblyId}::uuid`;
  const rows = await db.$queryRaw<
    {
      id: string;
      position: number;
      title: string;
      majority: MajorityRule;
      requires_vote: boolean;
      voting_status: LiveItem["votingStatus"];
      choice: VoteChoice | null;
      votes: number;
      coefficient: string;
    }[]
  >`SELECT i.id::text AS id, i.position, i.title, i.majority::text AS majority, i.requires_vote, i.voting_status::text AS voting_status,
           v.choice::text AS choice, count(v.id)::int AS votes, coalesce(sum(u.coefficient), 0)::text AS coefficient
    FROM agenda_items i
    LEFT JOIN votes v ON v.organization_id = i.organization_id AND v.agenda_item_id = i.id
    LEFT JOIN units u ON u.organization_id = v.organization_id AND u.id = v.unit_id
    WHERE i.organization_id = ${organizationId}::uuid AND i.assembly_id = ${assemblyId}::uuid
    GROUP BY i.id, v.choice ORDER BY i.position`;

  const total = percentToPpm(building!.total);
  const quorum = computeQuorum(
    present.map((row) => percentToPpm(row.coefficient)),
    total,
    assembly.call,
  );
  const byItem = new Map<string, { row: (typeof rows)[number]; votes: { choice: VoteChoice; coefficient: Ppm }[]; count: number }>();
  for (const row of rows) {
    const entry = byItem.get(row.id) ?? { row, votes: [], count: 0 };
    if (row.choice) {
      entry.votes.push({ choice: row.choice, coefficient: percentToPpm(row.coefficient) });
      entry.count += row.votes;
    }
    byItem.set(row.id, entry);
  }
  const items = [...byItem.values()].map(({ row, votes, count }): LiveItem => {
    const tally = tallyVote(votes, row.majority, quorum.presentCoefficient, total);
    return {
      id: row.id,
      position: row.position,
      title: row.title,
      requiresVote: row.requires_vote,
      majority: row.majority,
      votingStatus: assembly.status === "closed" ? "closed" : row.voting_status,
      votes: count,
      yes: percent(shareOf(tally.yes, total)),
      no: percent(shareOf(tally.no, total)),
      abstain: percent(shareOf(tally.abstain, total)),
      yesOfPresent: percent(tally.yesPercent),
      noOfPresent: percent(tally.noPercent),
      abstainOfPresent: percent(tally.abstainPercent),
      passed: row.requires_vote && isApproved(tally, quorum),
    };
  });
  return {
    assemblyId,
    status: assembly.status,
    call: assembly.call,
    startedAt: assembly.started_at?.toISOString() ?? null,
    closedAt: assembly.closed_at?.toISOString() ?? null,
    quorumPercent: percent(quorum.percentPresent),
    quorumMet: quorum.met,
    presentUnits: present.length,
    proxies: present.filter((row) => row.is_proxy).length,
    totalUnits: building!.units,
    items,
  };
}
