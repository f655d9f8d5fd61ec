import "server-only";
import { type Db, prisma } from "@/server/db/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { FunnelStage } from "@/server/db/generated/enums";
import { log } from "@/server/log";
import { metrics } from "./metrics";

export type MetricsDb = Pick<Db, "$queryRaw">;

type DemoCount = { status: string; scenario: string; n: number };
type LabelCount = { label: string; n: number };

/**
 * Sets the database-backed metrics from the database as it is now, once per scrape (see `metrics.ts`):
 * - `assembly_demos{status,scenario}`: demo organizations; an `active` demo past `demo_expires_at`
 *   counts as `expired` (access is already denied — `isOrganizationExpired` — before the cron marks it);
 *   a demo without a scenario is `scenario="none"`;
 * - `assembly_active_demos`: the `active` ones of the above, so the two always agree;
 * - `assembly_leads{funnel_stage}`: every stage, 0 included;
 * - `assembly_cron_runs_total{outcome}`: audit_log rows of actor 'cron', action 'cron.run' (one per
 *   lifecycle run), by `after->>'outcome'` ("unknown" when absent). FALLBACK while no such row exists
 *   (the lifecycle run does not write one yet): a single series `outcome="demo_expired"` counting the
 *   demos the cron expired (`demo_events` type 'expired', actor 'cron') — evidence the cron works,
 *   not a count of runs; it gives way to the real series as soon as the first 'cron.run' row appears.
 * Three small aggregate queries on platform tables (no row-level security involved).
 * @returns true, or false when the database failed: the error is logged, the database metrics are
 *   cleared rather than left stale (labelled series absent, `assembly_active_demos` 0) and
 *   `assembly_metrics_database_up` is 0, so alerts can tell "no demos" from "no data".
 */
export async function collectDatabaseGauges(db: MetricsDb = prisma): Promise<boolean> {
  let demos: DemoCount[], leads: LabelCount[], cronRuns: LabelCount[];
  try {
    [demos, leads, cronRuns] = await Promise.all([
      db.$queryRaw<DemoCount[]>`
        SELECT CASE WHEN status = 'active' AND demo_expires_at <= now() THEN 'expired' ELSE status::text END AS status,
               COALESCE(scenario, 'none') AS scenario, count(*)::int AS n
        FROM organizations WHERE is_demo GROUP BY 1, 2`,
      db.$queryRaw<LabelCount[]>`SELECT funnel_stage::text AS label, count(*)::int AS n FROM platform_leads GROUP BY 1`,
      db.$queryRaw<LabelCount[]>`
        WITH runs AS (
          SELECT COALESCE(after->>'outcome', 'unknown') AS label, count(*)::int AS n
          FROM audit_log WHERE actor = 'cron' AND action = 'cron.run' GROUP BY 1
        )
        SELECT label, n FROM runs
        UNION ALL
        SELECT 'demo_expired', count(*)::int FROM demo_events
        WHERE type = ${demoEventTypeSql("expired")} AND actor = 'cron' HAVING NOT EXISTS (SELECT 1 FROM runs)`,
    ]);
  } catch (err) {
    log.error({ err }, "metrics: database gauges unavailable");
    for (const metric of [metrics.activeDemos, metrics.demos, metrics.leads, metrics.cronRuns]) metric.reset();
    metrics.databaseUp.set(0);
    return false;
  }

  // From here on nothing awaits, so two concurrent scrapes cannot interleave their resets and sets.
  metrics.demos.reset();
  for (const { status, scenario, n } of demos) metrics.demos.set({ status, scenario }, n);
  metrics.activeDemos.set(demos.filter((d) => d.status === "active").reduce((sum, d) => sum + d.n, 0));
  metrics.leads.reset();
  for (const stage of Object.values(FunnelStage)) metrics.leads.set({ funnel_stage: stage }, 0);
  for (const { label, n } of leads) metrics.leads.set({ funnel_stage: label }, n);
  metrics.cronRuns.reset();
  for (const { label, n } of cronRuns) metrics.cronRuns.inc({ outcome: label }, n);
  metrics.databaseUp.set(1);
  return true;
}
