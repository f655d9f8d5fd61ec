import "server-only";
import type { DemoStatus } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { MAX_DEMO_EXTENSIONS } from "@/server/demo/demo-policy";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { engagementLateralSql, getEngagementScores } from "@/server/engagement/score";
import { LIFECYCLE_EVENT_TYPES } from "@/server/lifecycle/lifecycle-policy";
import { demoStatusSql } from "./demo-status-sql";

/**
 * One demo as the console lists it. Dates are Date objects (null when not applicable).
 * - `status`: active | expired (also active past its expiry) | terminated | converted;
 *   `storedStatus` is the column as stored.
 * - `email`: the prospect's; for a re-issued (`superseded`) demo, the email it belonged to.
 * - `logins`, `pageViews`: demo_events of type login / page_view; `lastActivityAt`: the latest
 *   demo_events row that is the prospect's own activity (not a lifecycle event).
 * - `engagementScore`: 0–100 (src/server/engagement/score.ts, docs/engagement.md).
 */
export type DemoListItem = {
  id: string;
  name: string;
  scenario: string | null;
  status: DemoStatus;
  storedStatus: DemoStatus;
  locale: string;
  email: string | null;
  superseded: boolean;
  createdAt: Date;
  demoExpiresAt: Date | null;
  expiredAt: Date | null;
  terminatedAt: Date | null;
  convertedAt: Date | null;
  purgedAt: Date | null;
  extensionsUsed: number;
  extensionsLeft: number;
  assemblyCredits: number;
  lastLoginAt: Date | null;
  logins: number;
  pageViews: number;
  lastActivityAt: Date | null;
  engagementScore: number;
};

type DemoSqlRow = {
  id: string;
  name: string;
  scenario: string | null;
  status: string;
  stored_status: string;
  locale: string;
  email: string | null;
  superseded: boolean;
  created_at: Date;
  demo_expires_at: Date | null;
  expired_at: Date | null;
  terminated_at: Date | null;
  converted_at: Date | null;
  purged_at: Date | null;
  extensions_used: number;
  assembly_credits: number;
  last_login_at: Date | null;
  logins: number;
  page_views: number;
  last_activity_at: Date | null;
  engagement_score: number;
};

/** FROM of the demo queries: organizations `o` with its ADMIN_PH user `u` (none once re-issued). */
export const demoFromSql = Prisma.sql`organizations o
  LEFT JOIN LATERAL (SELECT id, email, last_login_at FROM users WHERE organization_id = o.id AND role = 'ADMIN_PH' ORDER BY created_at LIMIT 1) u ON TRUE`;

/**
 * Demo rows (`DemoListItem`) matching `where` (over `o`, `u` and `ev` — logins, page_views,
 * last_activity_at), in `orderBy` order, `limit`/`offset` applied. With `scoreInQuery`, the engagement
 * score is joined as `eng` (`eng.score`) so `orderBy` can sort by it; otherwise it is computed for the
 * returned rows only, in a second set-based query (scoring every matching demo just to show a page of
 * 25 would cost a pass over all their events).
 */
export async function selectDemoRows({
  now,
  where,
  orderBy,
  limit,
  offset = 0,
  scoreInQuery = false,
}: {
  now: Date;
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  limit: number;
  offset?: number;
  scoreInQuery?: boolean;
}): Promise<DemoListItem[]> {
  const rows = await prisma.$queryRaw<DemoSqlRow[]>(Prisma.sql`
    SELECT o.id, o.name, o.scenario, ${demoStatusSql(now)} AS status, o.status::text AS stored_status, o.locale,
      coalesce(u.email, (SELECT a.lead_email FROM audit_log a WHERE a.organization_id = o.id AND a.lead_email IS NOT NULL ORDER BY a.id DESC LIMIT 1)) AS email,
      (u.id IS NULL) AS superseded,
      o.created_at, o.demo_expires_at, o.expired_at, o.terminated_at, o.converted_at, o.purged_at, o.extensions_used, o.assembly_credits,
      u.last_login_at, coalesce(ev.logins, 0) AS logins, coalesce(ev.page_views, 0) AS page_views, ev.last_activity_at,
      ${scoreInQuery ? Prisma.sql`eng.score` : Prisma.sql`NULL::int`} AS engagement_score
    FROM ${demoFromSql}
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE e.type = ${demoEventTypeSql("login")})::int AS logins,
             count(*) FILTER (WHERE e.type = ${demoEventTypeSql("page_view")})::int AS page_views,
             max(e.created_at) AS last_activity_at
      FROM demo_events e WHERE e.organization_id = o.id AND e.type <> ALL(${LIFECYCLE_EVENT_TYPES}::text[])
    ) ev ON TRUE
    ${scoreInQuery ? Prisma.sql`LEFT JOIN LATERAL (${engagementLateralSql(Prisma.sql`o.id`)}) eng ON TRUE` : Prisma.empty}
    WHERE o.is_demo AND ${where}
    ORDER BY ${orderBy}
    LIMIT ${limit} OFFSET ${offset}`);
  const scores = scoreInQuery ? null : await getEngagementScores(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    scenario: r.scenario,
    status: r.status as DemoStatus,
    storedStatus: r.stored_status as DemoStatus,
    locale: r.locale,
    email: r.email,
    superseded: r.superseded,
    createdAt: r.created_at,
    demoExpiresAt: r.demo_expires_at,
    expiredAt: r.expired_at,
    terminatedAt: r.terminated_at,
    convertedAt: r.converted_at,
    purgedAt: r.purged_at,
    extensionsUsed: r.extensions_used,
    extensionsLeft: Math.max(0, MAX_DEMO_EXTENSIONS - r.extensions_used),
    assemblyCredits: r.assembly_credits,
    lastLoginAt: r.last_login_at,
    logins: r.logins,
    pageViews: r.page_views,
    lastActivityAt: r.last_activity_at,
    engagementScore: scores ? (scores.get(r.id)?.score ?? 0) : r.engagement_score,
  }));
}
