import "server-only";
import { base, Faker } from "@faker-js/faker";
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SURNAMES } from "@/lib/people/colombian-names";
import { prisma } from "@/server/db/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { bogotaDate } from "@/lib/time-zone";
import { DAILY_ACTIVITY_BATCH_SIZE, DAILY_ACTIVITY_BUDGET_MS } from "./lifecycle-policy";
import { sqlTimestamp } from "./sql-timestamp";

export type DailyActivityResult = { demos: number; payments: number; residents: number; requests: number };

/** People who may move in on `day`: Colombian names from the curated lists, with the email stem "laura.gomez". */
function peopleOf(day: string): { name: string; stem: string }[] {
  const faker = new Faker({ locale: [base] });
  faker.seed([...day].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) >>> 0);
  const fold = (text: string) =>
    text
      .split(" ")[0]!
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
  return Array.from({ length: 24 }, () => {
    const given = faker.helpers.arrayElement(faker.datatype.boolean() ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
    const [paternal, maternal] = faker.helpers.arrayElements(SURNAMES, 2);
    return { name: `${given} ${paternal} ${maternal}`, stem: `${fold(given)}.${fold(paternal!)}` };
  });
}

/**
 * Synthetic activity (docs/rules.md#scenarios-and-seed-content): once per Colombian local day, every
 * active demo's building moves a little — one unit in arrears pays, one unit gets a new tenant, one unit
 * files a request — so a prospect who comes back sees it live. Set-based and batched: each transaction
 * claims up to DAILY_ACTIVITY_BATCH_SIZE active demos not yet given today's activity
 * (`organizations.last_activity_on`, `FOR UPDATE SKIP LOCKED`, so overlapping runs split the work) and
 * writes all of them with ONE call of `add_daily_demo_activity` (SECURITY DEFINER, owned by a role that
 * reaches only active demos; prisma/migrations/20261201110000_demo_clock_activity_simulation), plus one
 * `synthetic_activity` demo event per demo. A second run the same day claims nothing and adds nothing;
 * the rows' dedupe keys name the day as a backstop. Templates and pooled demos (not `is_demo`) are never touched.
 * Stops starting batches once `budgetMs` has passed; the demos left get theirs in the next hourly run.
 * @param options.now the run's clock; the day is its Colombian local date.
 * @param options.batchSize demos per transaction (default DAILY_ACTIVITY_BATCH_SIZE).
 * @param options.budgetMs time after which no new batch starts, ms (default DAILY_ACTIVITY_BUDGET_MS).
 * @returns demos given activity now and the rows added per kind.
 */
export async function addDailyActivity({
  now = new Date(),
  batchSize = DAILY_ACTIVITY_BATCH_SIZE,
  budgetMs = DAILY_ACTIVITY_BUDGET_MS,
}: { now?: Date; batchSize?: number; budgetMs?: number } = {}): Promise<DailyActivityResult> {
  const started = performance.now();
  const day = bogotaDate(now);
  const people = JSON.stringify(peopleOf(day));
  const total: DailyActivityResult = { demos: 0, payments: 0, residents: 0, requests: 0 };
  for (;;) {
    const batch = await prisma.$transaction(async (tx) => {
      // The tenant policy reads the setting on every product table the function touches: any value will do.
      await tx.$executeRaw`SELECT set_config('app.organization_id', ${crypto.randomUUID()}, true)`;
      const [row] = await tx.$queryRaw<{ demos: number; added: { payments: number; residents: number; requests: number } | null }[]>`
        WITH claimed AS (
          UPDATE organizations o SET last_activity_on = ${day}::date
          WHERE o.id IN (
            SELECT id FROM organizations
            WHERE is_demo AND status = 'active' AND purged_at IS NULL
              AND (demo_expires_at IS NULL OR demo_expires_at > ${sqlTimestamp(now)}::timestamptz)
              AND last_activity_on IS DISTINCT FROM ${day}::date
            ORDER BY id LIMIT ${batchSize}::int FOR UPDATE SKIP LOCKED)
          RETURNING o.id),
        ids AS (SELECT array_agg(id) AS orgs FROM claimed),
        events AS (
          INSERT INTO demo_events (organization_id, type, actor, data, created_at)
          SELECT id, ${demoEventTypeSql("synthetic_activity")}, 'cron', jsonb_build_object('day', ${day}::text), ${sqlTimestamp(now)}::timestamptz FROM claimed)
        SELECT (SELECT count(*) FROM claimed)::int AS demos,
               CASE WHEN ids.orgs IS NULL THEN NULL
                    ELSE add_daily_demo_activity(ids.orgs, ${day}::date, ${sqlTimestamp(now)}::timestamptz, ${people}::jsonb) END AS added
        FROM ids`;
      return row!;
    });
    if (batch.demos === 0) return total;
    total.demos += batch.demos;
    total.payments += Number(batch.added?.payments ?? 0);
    total.residents += Number(batch.added?.residents ?? 0);
    total.requests += Number(batch.added?.requests ?? 0);
    if (batch.demos < batchSize || performance.now() - started >= budgetMs) return total;
  }
}
