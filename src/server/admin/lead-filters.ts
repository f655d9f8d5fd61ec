import "server-only";
import type { LeadListQuery } from "@/lib/schemas/admin";
import { Prisma } from "@/server/db/generated/client";
import { engagementLateralSql, getEngagementScores } from "@/server/engagement/score";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { containsPattern, demoStatusSql, whereAll } from "./demo-status-sql";

/**
 * The columns of a lead row in the console (platform_leads `l` LEFT JOIN organizations `o`). With
 * `scoreJoined` (the FROM of `leadQuerySql` joined the demo's engagement `eng`), `engagement_score` is
 * 0–100, NULL for a lead without a demo; without it, NULL — `withEngagementScores` fills it in.
 */
export function leadColumnsSql(now: Date, scoreJoined = false) {
  return Prisma.sql`
  l.id, l.email, l.name, l.lead_source, l.profile::text AS profile, l.funnel_stage::text AS funnel_stage, l.scenario, l.building_name, l.unit_count, l.locale,
  l.utm_source, l.utm_medium, l.utm_campaign, l.referrer, l.request_count, l.organization_id,
  ${demoStatusSql(now)} AS demo_status, o.demo_expires_at, o.purged_at, l.created_at, l.updated_at,
  ${scoreJoined ? Prisma.sql`CASE WHEN o.id IS NULL THEN NULL ELSE eng.score END` : Prisma.sql`NULL::int`} AS engagement_score`;
}

/** What `leadColumnsSql` selects, as the database returns it. */
export type LeadSqlRow = {
  id: string;
  email: string;
  name: string | null;
  lead_source: string;
  profile: string | null;
  funnel_stage: string;
  scenario: string | null;
  building_name: string | null;
  unit_count: number | null;
  locale: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  referrer: string | null;
  request_count: number;
  organization_id: string | null;
  demo_status: string | null;
  demo_expires_at: Date | null;
  purged_at: Date | null;
  created_at: Date;
  updated_at: Date;
  engagement_score: number | null;
};

const leadOrder = {
  created_desc: Prisma.sql`l.created_at DESC, l.id`,
  created_asc: Prisma.sql`l.created_at ASC, l.id`,
  updated_desc: Prisma.sql`l.updated_at DESC, l.id`,
  email_asc: Prisma.sql`l.email ASC, l.id`,
  score_desc: Prisma.sql`(CASE WHEN o.id IS NULL THEN NULL ELSE eng.score END) DESC NULLS LAST, l.created_at DESC, l.id`,
} as const;

/**
 * FROM, WHERE and ORDER BY of the lead queries for `query`'s filters (shared by list and export).
 * Sorting by engagement joins each lead's demo score as `eng` (`scoreJoined`); other sorts leave it out.
 */
export function leadQuerySql(
  query: LeadListQuery,
  now: Date,
): { from: Prisma.Sql; where: Prisma.Sql; orderBy: Prisma.Sql; scoreJoined: boolean } {
  const conditions: Prisma.Sql[] = [];
  if (query.q) conditions.push(Prisma.sql`(l.email ILIKE ${containsPattern(query.q)} OR l.name ILIKE ${containsPattern(query.q)})`);
  if (query.stage) conditions.push(Prisma.sql`l.funnel_stage = ${query.stage}::"FunnelStage"`);
  if (query.source) conditions.push(Prisma.sql`l.lead_source = ${query.source}`);
  if (query.demoStatus === "none") conditions.push(Prisma.sql`l.organization_id IS NULL`);
  else if (query.demoStatus) conditions.push(Prisma.sql`${demoStatusSql(now)} = ${query.demoStatus}`);
  if (query.from) conditions.push(Prisma.sql`l.created_at >= ${sqlTimestamp(query.from)}`);
  if (query.to) conditions.push(Prisma.sql`l.created_at < ${sqlTimestamp(query.to)}`);
  const scoreJoined = query.sort === "score_desc";
  return {
    from: Prisma.sql`platform_leads l LEFT JOIN organizations o ON o.id = l.organization_id
      ${scoreJoined ? Prisma.sql`LEFT JOIN LATERAL (${engagementLateralSql(Prisma.sql`l.organization_id`)}) eng ON TRUE` : Prisma.empty}`,
    where: whereAll(conditions),
    orderBy: leadOrder[query.sort ?? "created_desc"],
    scoreJoined,
  };
}

/**
 * `rows` with `engagement_score` filled in for leads with a demo (one set-based query for all their
 * demos) when the query did not join it (`scoreJoined` false); unchanged otherwise.
 */
export async function withEngagementScores(rows: LeadSqlRow[], scoreJoined: boolean): Promise<LeadSqlRow[]> {
  if (scoreJoined) return rows;
  const scores = await getEngagementScores(rows.flatMap((r) => (r.organization_id ? [r.organization_id] : [])));
  return rows.map((r) => ({ ...r, engagement_score: r.organization_id ? (scores.get(r.organization_id)?.score ?? 0) : null }));
}
