import "server-only";
import { prisma } from "@/server/db/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";

/** How long prospects take to open their demo; durations in milliseconds, null when no demo had a login. */
export type TimeToFirstLogin = { demos: number; withLogin: number; medianMs: number | null; p75Ms: number | null };

/**
 * Time from a demo's creation to its prospect's first login (docs/engagement.md#analytics): the median
 * and 75th percentile (continuous, `percentile_cont`) over the per-email demos CREATED in [from, to)
 * that had at least one `login` event; `demos` counts all of them, `withLogin` those with a login.
 * The shared QA demo (no expiry) is left out.
 */
export async function getTimeToFirstLogin({ from, to }: { from: Date; to: Date }): Promise<TimeToFirstLogin> {
  const [row] = await prisma.$queryRaw<{ demos: number; with_login: number; median_ms: number | null; p75_ms: number | null }[]>`
    WITH demos AS (
      SELECT o.id, o.created_at,
        (SELECT min(e.created_at) FROM demo_events e WHERE e.organization_id = o.id AND e.type = ${demoEventTypeSql("login")}) AS first_login_at
      FROM organizations o
      WHERE o.is_demo AND o.demo_expires_at IS NOT NULL AND o.created_at >= ${sqlTimestamp(from)} AND o.created_at < ${sqlTimestamp(to)}
    ), waits AS (
      SELECT extract(epoch FROM (first_login_at - created_at)) * 1000 AS ms FROM demos WHERE first_login_at IS NOT NULL
    )
    SELECT (SELECT count(*) FROM demos)::int AS demos, (SELECT count(*) FROM waits)::int AS with_login,
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FROM waits)::float8 AS median_ms,
      (SELECT percentile_cont(0.75) WITHIN GROUP (ORDER BY ms) FROM waits)::float8 AS p75_ms`;
  return {
    demos: row?.demos ?? 0,
    withLogin: row?.with_login ?? 0,
    medianMs: row?.median_ms === null || row?.median_ms === undefined ? null : Math.max(0, Math.round(row.median_ms)),
    p75Ms: row?.p75_ms === null || row?.p75_ms === undefined ? null : Math.max(0, Math.round(row.p75_ms)),
  };
}
