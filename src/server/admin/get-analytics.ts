import "server-only";
import { APP_TIME_ZONE } from "@/lib/time-zone";
import type { AnalyticsQuery } from "@/lib/schemas/admin";
import { prisma } from "@/server/db/client";
import { DAY_MS } from "@/server/demo/demo-policy";
import { type SourceFunnelRow, getFunnelBySource } from "@/server/engagement/get-funnel-by-source";
import { type TimeToFirstLogin, getTimeToFirstLogin } from "@/server/engagement/get-time-to-first-login";
import { demoEventTypeSql, demoEventTypesSql } from "@/server/events/event-type-sql";
import { LIFECYCLE_EVENT_TYPES } from "@/server/lifecycle/lifecycle-policy";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { scenarioNames } from "@/server/scenarios/registry";

/** Longest range analytics cover, in days (a longer one is shortened to end at `to`). */
const MAX_RANGE_DAYS = 366;

export type Analytics = {
  /** The range actually used: [from, to). */
  from: Date;
  to: Date;
  /** Calendar days (YYYY-MM-DD in APP_TIME_ZONE, America/Bogota) of the range, each with demos created and cap hits. */
  perDay: { day: string; demosCreated: number; capHits: number }[];
  /**
   * Conversion funnel of the leads CREATED in the range, each stage a subset of the previous:
   * leads → with a demo → logged in at least once → active on ≥ 2 distinct days (any own activity:
   * logins, page views, feature uses) → converted (funnel stage or demo status).
   */
  funnel: { leads: number; demo: number; firstLogin: number; activeTwoDays: number; converted: number };
  /** Per scenario (every known scenario, zeros included): demos created, logins, page views and feature uses in the range. */
  byScenario: {
    scenario: string;
    demosCreated: number;
    logins: number;
    pageViews: number;
    featureUsage: { feature: string; count: number }[];
  }[];
  /** Feature uses in the range over all scenarios, most used first. */
  featureUsage: { feature: string; count: number }[];
  /** Demo requests refused at MAX_ACTIVE_DEMOS in the range. */
  capHits: number;
  /** Demos active now (per-email demos, not past their expiry). */
  activeNow: number;
  /** The funnel per UTM source × campaign of the leads created in the range (docs/engagement.md#analytics). */
  bySource: SourceFunnelRow[];
  /** Median and p75 time from demo creation to first login, demos created in the range (ms). */
  timeToFirstLogin: TimeToFirstLogin;
};

/**
 * The console's analytics (docs/rules.md#sales-console). Per-email demos only: the shared
 * QA demo (no expiry) is left out so that QA traffic does not count as a prospect's.
 * @param query.from / query.to the range [from, to) — default the 30 days up to `now`; a reversed or
 *   empty range becomes the day before `to`, a range over 366 days is shortened.
 */
export async function getAnalytics(query: AnalyticsQuery = {}, now: Date = new Date()): Promise<Analytics> {
  const to = query.to ?? now;
  let from = query.from ?? new Date(to.getTime() - 30 * DAY_MS);
  if (from >= to) from = new Date(to.getTime() - DAY_MS);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS) from = new Date(to.getTime() - MAX_RANGE_DAYS * DAY_MS);
  const [f, t] = [sqlTimestamp(from), sqlTimestamp(to)];

  const [perDay, [funnel], usage, created, [active], bySource, timeToFirstLogin] = await Promise.all([
    prisma.$queryRaw<{ day: string; demos_created: number; cap_hits: number }[]>`
      WITH days AS (
        SELECT generate_series((${f} AT TIME ZONE ${APP_TIME_ZONE})::date, ((${t} - interval '1 millisecond') AT TIME ZONE ${APP_TIME_ZONE})::date, interval '1 day')::date AS day
      ), created AS (
        SELECT (created_at AT TIME ZONE ${APP_TIME_ZONE})::date AS day, count(*)::int AS n FROM organizations
        WHERE is_demo AND demo_expires_at IS NOT NULL AND created_at >= ${f} AND created_at < ${t} GROUP BY 1
      ), caps AS (
        SELECT (created_at AT TIME ZONE ${APP_TIME_ZONE})::date AS day, count(*)::int AS n FROM demo_events
        WHERE type = ${demoEventTypeSql("cap_hit")} AND created_at >= ${f} AND created_at < ${t} GROUP BY 1
      )
      SELECT to_char(d.day, 'YYYY-MM-DD') AS day, coalesce(c.n, 0) AS demos_created, coalesce(k.n, 0) AS cap_hits
      FROM days d LEFT JOIN created c ON c.day = d.day LEFT JOIN caps k ON k.day = d.day
      ORDER BY d.day`,
    prisma.$queryRaw<{ leads: number; demo: number; first_login: number; active_two_days: number; converted: number }[]>`
      WITH cohort AS (
        SELECT id, email, organization_id, funnel_stage FROM platform_leads WHERE created_at >= ${f} AND created_at < ${t}
      ), activity AS (
        SELECT c.id, e.type, e.created_at FROM cohort c JOIN demo_events e ON e.organization_id = c.organization_id
        WHERE e.type <> ALL(${LIFECYCLE_EVENT_TYPES}::text[])
        UNION
        SELECT c.id, e.type, e.created_at FROM cohort c JOIN demo_events e ON e.actor = c.email
        WHERE e.type <> ALL(${LIFECYCLE_EVENT_TYPES}::text[])
      ), per_lead AS (
        SELECT id, bool_or(type = ${demoEventTypeSql("login")}) AS logged_in, count(DISTINCT (created_at AT TIME ZONE ${APP_TIME_ZONE})::date) AS active_days
        FROM activity GROUP BY id
      )
      SELECT count(*)::int AS leads,
        count(*) FILTER (WHERE c.organization_id IS NOT NULL)::int AS demo,
        count(*) FILTER (WHERE c.organization_id IS NOT NULL AND p.logged_in)::int AS first_login,
        count(*) FILTER (WHERE c.organization_id IS NOT NULL AND p.logged_in AND p.active_days >= 2)::int AS active_two_days,
        count(*) FILTER (WHERE c.funnel_stage = 'converted' OR o.status = 'converted')::int AS converted
      FROM cohort c LEFT JOIN per_lead p ON p.id = c.id LEFT JOIN organizations o ON o.id = c.organization_id`,
    prisma.$queryRaw<{ scenario: string; type: string; feature: string | null; n: number }[]>`
      SELECT coalesce(o.scenario, 'unknown') AS scenario, e.type, e.data->>'feature' AS feature, count(*)::int AS n
      FROM demo_events e JOIN organizations o ON o.id = e.organization_id
      WHERE o.is_demo AND o.demo_expires_at IS NOT NULL AND e.created_at >= ${f} AND e.created_at < ${t}
        AND e.type IN (${demoEventTypesSql(["login", "page_view", "feature_used"])})
      GROUP BY 1, 2, 3`,
    prisma.$queryRaw<{ scenario: string; n: number }[]>`
      SELECT coalesce(scenario, 'unknown') AS scenario, count(*)::int AS n FROM organizations
      WHERE is_demo AND demo_expires_at IS NOT NULL AND created_at >= ${f} AND created_at < ${t}
      GROUP BY 1`,
    prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM organizations WHERE is_demo AND status = 'active' AND demo_expires_at > ${sqlTimestamp(now)}`,
    getFunnelBySource({ from, to }),
    getTimeToFirstLogin({ from, to }),
  ]);

  const scenarios = new Map<string, Analytics["byScenario"][number]>();
  const scenarioOf = (name: string) => {
    let entry = scenarios.get(name);
    if (!entry) scenarios.set(name, (entry = { scenario: name, demosCreated: 0, logins: 0, pageViews: 0, featureUsage: [] }));
    return entry;
  };
  for (const name of scenarioNames) scenarioOf(name);
  for (const row of created) scenarioOf(row.scenario).demosCreated = row.n;
  const overall = new Map<string, number>();
  for (const row of usage) {
    const entry = scenarioOf(row.scenario);
    if (row.type === "login") entry.logins += row.n;
    else if (row.type === "page_view") entry.pageViews += row.n;
    else {
      const feature = row.feature ?? "unknown";
      entry.featureUsage.push({ feature, count: row.n });
      overall.set(feature, (overall.get(feature) ?? 0) + row.n);
    }
  }
  const byCount = (a: { feature: string; count: number }, b: { feature: string; count: number }) =>
    b.count - a.count || a.feature.localeCompare(b.feature);
  for (const entry of scenarios.values()) entry.featureUsage.sort(byCount);

  return {
    from,
    to,
    perDay: perDay.map((d) => ({ day: d.day, demosCreated: d.demos_created, capHits: d.cap_hits })),
    funnel: {
      leads: funnel?.leads ?? 0,
      demo: funnel?.demo ?? 0,
      firstLogin: funnel?.first_login ?? 0,
      activeTwoDays: funnel?.active_two_days ?? 0,
      converted: funnel?.converted ?? 0,
    },
    byScenario: [...scenarios.values()],
    featureUsage: [...overall].map(([feature, count]) => ({ feature, count })).sort(byCount),
    capHits: perDay.reduce((sum, d) => sum + d.cap_hits, 0),
    activeNow: active?.n ?? 0,
    bySource,
    timeToFirstLogin,
  };
}
