import "server-only";
import type { DemoStatus, LeadListQuery } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { leadColumnsSql, leadQuerySql, type LeadSqlRow, withEngagementScores } from "./lead-filters";

/** One lead in the console's list. Dates are Date objects; `demoStatus` null = no demo yet. */
export type LeadListItem = {
  id: string;
  email: string;
  name: string | null;
  leadSource: string;
  profile: string | null;
  funnelStage: string;
  scenario: string | null;
  locale: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  referrer: string | null;
  /** How many times this email asked (demo requests and lead captures). */
  requestCount: number;
  organizationId: string | null;
  demoStatus: DemoStatus | null;
  demoExpiresAt: Date | null;
  demoPurgedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** 0–100 (docs/engagement.md); null without a demo. */
  engagementScore: number | null;
};

export type LeadList = { rows: LeadListItem[]; total: number; page: number; pageSize: number };

/** A database row of `leadColumnsSql` as a `LeadListItem`. */
export function toLeadListItem(r: LeadSqlRow): LeadListItem {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    leadSource: r.lead_source,
    profile: r.profile,
    funnelStage: r.funnel_stage,
    scenario: r.scenario,
    locale: r.locale,
    utmSource: r.utm_source,
    utmMedium: r.utm_medium,
    utmCampaign: r.utm_campaign,
    referrer: r.referrer,
    requestCount: r.request_count,
    organizationId: r.organization_id,
    demoStatus: r.demo_status as DemoStatus | null,
    demoExpiresAt: r.demo_expires_at,
    demoPurgedAt: r.purged_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    engagementScore: r.engagement_score,
  };
}

/**
 * The console's leads (docs/rules.md#sales-console): `platform_leads` with their demo's status joined,
 * filtered and paginated. Platform path (no product rows).
 * @param query filters — q (email or name contains, case-insensitive), stage (funnel stage), source
 *   (lead_source, exact), demoStatus (active | expired | terminated | converted | none), from/to (lead
 *   created in [from, to)), sort (created_desc default | created_asc | updated_desc | email_asc | score_desc — engagement), page
 *   (1-based), pageSize (default 25, max 100). Parse search params with `leadListQuerySchema`.
 * @returns the page's rows and the total number of matching leads.
 */
export async function listLeads(query: LeadListQuery = {}, now: Date = new Date()): Promise<LeadList> {
  const page = query.page ?? 1;
  const pageSize = Math.min(query.pageSize ?? 25, 100);
  const { from, where, orderBy, scoreJoined } = leadQuerySql(query, now);
  const [rows, [count]] = await Promise.all([
    prisma
      .$queryRaw<LeadSqlRow[]>(
        Prisma.sql`SELECT ${leadColumnsSql(now, scoreJoined)} FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      )
      .then((found) => withEngagementScores(found, scoreJoined)),
    prisma.$queryRaw<{ total: number }[]>(Prisma.sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`),
  ]);
  return { rows: rows.map(toLeadListItem), total: count?.total ?? 0, page, pageSize };
}
