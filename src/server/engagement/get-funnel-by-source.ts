import "server-only";
import { APP_TIME_ZONE } from "@/lib/time-zone";
import { prisma } from "@/server/db/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { ACTIVE_DAY_EVENT_TYPES } from "./score";

/** One UTM source × campaign of the funnel; `source`/`campaign` null = the lead came without that tag. */
export type SourceFunnelRow = {
  source: string | null;
  campaign: string | null;
  leads: number;
  demo: number;
  firstLogin: number;
  activeTwoDays: number;
  converted: number;
};

/**
 * The console's funnel split by `utm_source` and `utm_campaign` (docs/engagement.md#analytics) — the
 * tags the landing page's chatbot sends with the demo request and the lead keeps. Same stages as the
 * overall funnel (`getAnalytics`) for the leads CREATED in [from, to): leads → with a demo → logged in
 * → active on ≥ 2 Colombian calendar days → converted. Largest groups first, at most 50.
 */
export async function getFunnelBySource({ from, to }: { from: Date; to: Date }): Promise<SourceFunnelRow[]> {
  const rows = await prisma.$queryRaw<
    {
      source: string | null;
      campaign: string | null;
      leads: number;
      demo: number;
      first_login: number;
      active_two_days: number;
      converted: number;
    }[]
  >`
    WITH cohort AS (
      SELECT l.id, l.utm_source, l.utm_campaign, l.organization_id, l.funnel_stage, o.status AS demo_status
      FROM platform_leads l LEFT JOIN organizations o ON o.id = l.organization_id
      WHERE l.created_at >= ${sqlTimestamp(from)} AND l.created_at < ${sqlTimestamp(to)}
    ), activity AS (
      SELECT c.id, bool_or(e.type = ${demoEventTypeSql("login")}) AS logged_in,
             count(DISTINCT (e.created_at AT TIME ZONE ${APP_TIME_ZONE})::date) AS active_days
      FROM cohort c JOIN demo_events e ON e.organization_id = c.organization_id
      WHERE e.type = ANY(${ACTIVE_DAY_EVENT_TYPES}::text[])
      GROUP BY c.id
    )
    SELECT nullif(c.utm_source, '') AS source, nullif(c.utm_campaign, '') AS campaign, count(*)::int AS leads,
      count(*) FILTER (WHERE c.organization_id IS NOT NULL)::int AS demo,
      count(*) FILTER (WHERE c.organization_id IS NOT NULL AND a.logged_in)::int AS first_login,
      count(*) FILTER (WHERE c.organization_id IS NOT NULL AND a.logged_in AND a.active_days >= 2)::int AS active_two_days,
      count(*) FILTER (WHERE c.funnel_stage = 'converted' OR c.demo_status = 'converted')::int AS converted
    FROM cohort c LEFT JOIN activity a ON a.id = c.id
    GROUP BY 1, 2
    ORDER BY leads DESC, source NULLS LAST, campaign NULLS LAST
    LIMIT 50`;
  return rows.map((r) => ({
    source: r.source,
    campaign: r.campaign,
    leads: r.leads,
    demo: r.demo,
    firstLogin: r.first_login,
    activeTwoDays: r.active_two_days,
    converted: r.converted,
  }));
}
