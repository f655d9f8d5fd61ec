import "server-only";
import { type AssemblyCall, computeQuorum, type MajorityRule, percentToPpm, TOTAL_PPM, tallyVote, type VoteChoice } from "@/lib/governance";
import type { BuildingActivityItem } from "@/server/content-clock/list-building-activity";
import { Prisma } from "@/server/db/generated/client";
import type { TenantContext } from "@/server/db/tenant";
import type { OverviewCharts } from "./get-overview-charts";

const YEAR_MS = 365 * 24 * 3_600_000;
/** Building activity rows the overview's feed shows (newest first). */
const ACTIVITY_ITEMS = 8;

type AssemblyRow = {
  id: string;
  title: string;
  type: "ordinary" | "extraordinary";
  status: "scheduled" | "in_progress" | "closed";
  scheduledAt: string;
  location: string;
  quorumPercent: string | null;
};
type OverviewRow = {
  units: number;
  arrears: number;
  total_coefficient: string;
  residents: number;
  assemblies: AssemblyRow[];
  closed: { id: string; title: string; scheduledAt: string; quorumPercent: string | null; attending: number }[];
  last: {
    id: string;
    title: string;
    scheduledAt: string;
    quorumPercent: string | null;
    call: AssemblyCall;
    present: string[];
    items: {
      id: string;
      position: number;
      title: string;
      majority: MajorityRule;
      requiresVote: boolean;
      votes: { choice: VoteChoice; coefficient: string | null }[];
    }[];
  } | null;
  activity: { id: string; kind: string; params: Record<string, string | number> | null; occurredAt: string }[];
};

/** A DECIMAL's text as Prisma's Decimal prints it ("68.4500" → "68.45"), or null. */
function decimalText(text: string | null): string | null {
  return text === null ? null : new Prisma.Decimal(text).toString();
}
const iso = (timestamp: string) => new Date(timestamp).toISOString();

/**
 * The whole overview in ONE statement (read through the tenant-bound transaction; every subquery filters
 * by the organization explicitly, RLS backs it up): counts, the assemblies (newest first), the closed
 * ones of the last year with how many units attended each, the last closed assembly (by closing time)
 * with the coefficients present and each agenda item's votes weighted by the voting unit's coefficient,
 * and the latest building activity. Quorum and tallies are then computed by the governance rules
 * (`computeQuorum`, `tallyVote`: Ley 675 de 2001 art. 45–46) exactly as an assembly's own page does.
 */
async function readOverview({ db, organizationId }: TenantContext, now: Date) {
  const org = Prisma.sql`${organizationId}::uuid`;
  const [row] = await db.$queryRaw<OverviewRow[]>`
    WITH a AS (
      SELECT id, title, type::text, status::text, scheduled_at, location, quorum_percent, closed_at, call::text
      FROM assemblies WHERE organization_id = ${org}),
    last AS (SELECT * FROM a WHERE status = 'closed' ORDER BY closed_at DESC NULLS LAST, scheduled_at DESC, id ASC LIMIT 1)
    SELECT u.units, u.arrears, u.total_coefficient,
      (SELECT count(*)::int FROM residents WHERE organization_id = ${org}) AS residents,
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'type', a.type, 'status', a.status, 'scheduledAt', a.scheduled_at,
                                                  'location', a.location, 'quorumPercent', a.quorum_percent::text) ORDER BY a.scheduled_at DESC), '[]')
       FROM a) AS assemblies,
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'scheduledAt', a.scheduled_at, 'quorumPercent', a.quorum_percent::text,
                                                  'attending', (SELECT count(*) FROM attendance t WHERE t.organization_id = ${org} AND t.assembly_id = a.id))
                                ORDER BY a.scheduled_at, a.id), '[]')
       FROM a WHERE a.status = 'closed' AND a.scheduled_at >= ${new Date(now.getTime() - YEAR_MS)}) AS closed,
      (SELECT json_build_object('id', l.id, 'title', l.title, 'scheduledAt', l.scheduled_at, 'quorumPercent', l.quorum_percent::text, 'call', l.call,
         'present', (SELECT coalesce(json_agg(un.coefficient::text), '[]') FROM attendance t
                     JOIN units un ON un.id = t.unit_id AND un.organization_id = ${org}
                     WHERE t.organization_id = ${org} AND t.assembly_id = l.id),
         'items', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'position', g.position, 'title', g.title, 'majority', g.majority,
                                                             'requiresVote', g.requires_vote,
                                                             'votes', (SELECT coalesce(json_agg(json_build_object('choice', v.choice, 'coefficient', un.coefficient::text)), '[]')
                                                                       FROM votes v LEFT JOIN units un ON un.id = v.unit_id AND un.organization_id = ${org}
                                                                       WHERE v.organization_id = ${org} AND v.agenda_item_id = g.id))
                                           ORDER BY g.position), '[]')
                   FROM agenda_items g WHERE g.organization_id = ${org} AND g.assembly_id = l.id))
       FROM last l) AS last,
      (SELECT coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'params', b.params, 'occurredAt', b.occurred_at)
                                ORDER BY b.occurred_at DESC, b.kind, b.id), '[]')
       FROM (SELECT id, kind, params, occurred_at FROM building_activity WHERE organization_id = ${org}
             ORDER BY occurred_at DESC, kind ASC, id ASC LIMIT ${ACTIVITY_ITEMS}) b) AS activity
    FROM (SELECT count(*)::int AS units, count(*) FILTER (WHERE dues_status = 'in_arrears')::int AS arrears,
                 coalesce(sum(coefficient), 0)::text AS total_coefficient
          FROM units WHERE organization_id = ${org}) u`;
  return row!;
}

/** The last closed assembly's votes chart: quorum from its attendance, then each voted item's weighted tally. */
function votesChart(last: NonNullable<OverviewRow["last"]>, totalCoefficient: number): OverviewCharts["votes"] {
  const quorum = computeQuorum(
    last.present.map((c) => percentToPpm(c)),
    totalCoefficient,
    last.call,
  );
  const ppm = (value: number) => value / 10_000;
  return {
    assemblyId: last.id,
    title: last.title,
    scheduledAt: iso(last.scheduledAt),
    quorumMet: last.quorumPercent != null && percentToPpm(last.quorumPercent) * 2 > TOTAL_PPM,
    items: last.items.flatMap((item) => {
      if (!item.requiresVote) return [];
      const tally = tallyVote(
        item.votes.map((vote) => ({ choice: vote.choice, coefficient: vote.coefficient === null ? 0 : percentToPpm(vote.coefficient) })),
        item.majority,
        quorum.presentCoefficient,
        totalCoefficient,
      );
      const { yesPercent, noPercent, abstainPercent } = tally;
      return [
        {
          id: item.id,
          position: item.position,
          title: item.title,
          majority: item.majority,
          yes: ppm(yesPercent),
          no: ppm(noPercent),
          abstain: ppm(abstainPercent),
          notVoted: ppm(Math.max(0, TOTAL_PPM - yesPercent - noPercent - abstainPercent)),
          yesOfBuilding: ppm(tally.yesPercentOfBuilding),
          passed: tally.passed,
        },
      ];
    }),
  };
}

function toOverview(row: OverviewRow, now: Date) {
  const assemblies = row.assemblies.map((a) => ({
    ...a,
    scheduledAt: iso(a.scheduledAt),
    quorumPercent: decimalText(a.quorumPercent),
  }));
  const upcoming = assemblies.filter((a) => a.status === "scheduled" && new Date(a.scheduledAt) >= now);
  const nextAssembly = upcoming.at(-1) ?? null;
  const lastClosed = assemblies.find((a) => a.status === "closed") ?? null;
  const charts: OverviewCharts = {
    quorum: row.closed.flatMap((assembly) => {
      if (assembly.quorumPercent === null) return [];
      const ppm = percentToPpm(assembly.quorumPercent);
      return [
        {
          id: assembly.id,
          title: assembly.title,
          scheduledAt: iso(assembly.scheduledAt),
          quorumPercent: ppm / 10_000,
          met: ppm * 2 > TOTAL_PPM,
          attendingUnits: assembly.attending,
        },
      ];
    }),
    votes: row.last ? votesChart(row.last, percentToPpm(row.total_coefficient)) : null,
  };
  return {
    unitCount: row.units,
    residentCount: row.residents,
    arrearsCount: row.arrears,
    nextAssembly: nextAssembly && { id: nextAssembly.id, title: nextAssembly.title, scheduledAt: nextAssembly.scheduledAt },
    lastQuorumPercent: lastClosed?.quorumPercent ?? null,
    lastAssembly: lastClosed && { id: lastClosed.id, title: lastClosed.title, scheduledAt: lastClosed.scheduledAt },
    assemblies,
    charts: { ...charts, dues: { upToDate: row.units - row.arrears, inArrears: row.arrears } },
  };
}

/**
 * Everything the admin overview shows, read through the tenant-bound transaction in one statement
 * (`readOverview`): counts, the next scheduled assembly, the quorum of the last closed one, the
 * assemblies (newest first) and the charts' data (quorum of each closed assembly of the last year, the
 * weighted tallies of the last closed assembly — the one "Votaciones de la última asamblea" names,
 * even when it closed without quorum and so decided nothing (Ley 675 de 2001 art. 45) —, and units
 * up to date vs in arrears). Dates are ISO 8601; decimal columns come back as strings ("2.1345") so
 * the page formats them per locale; chart percentages are numbers in percent units.
 * @param now the instant "upcoming" and "the last year" are measured from (the demo's content clock).
 */
export async function getDashboardOverview(tenant: TenantContext, now = new Date()) {
  return toOverview(await readOverview(tenant, now), now);
}

/**
 * `getDashboardOverview` plus the building's latest activity (at most 8 rows, newest first), from the
 * same single statement: what the overview page renders.
 */
export async function getDashboardOverviewWithActivity(
  tenant: TenantContext,
  now = new Date(),
): Promise<{ overview: DashboardOverview; activity: BuildingActivityItem[] }> {
  const row = await readOverview(tenant, now);
  const activity = row.activity.map((item) => ({
    id: item.id,
    kind: item.kind,
    params: item.params ?? {},
    occurredAt: iso(item.occurredAt),
  }));
  return { overview: toOverview(row, now), activity };
}

export type DashboardOverview = ReturnType<typeof toOverview>;
