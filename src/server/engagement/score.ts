/**
 * The engagement score of a demo — THE one place its formula lives (explained for sales in
 * docs/engagement.md#the-engagement-score; change both together).
 *
 * A score from 0 to 100, from what the prospect really did, read from the demo's `demo_events`:
 *
 * | signal            | what counts                                                              | points      | max |
 * | ----------------- | ------------------------------------------------------------------------ | ----------- | --- |
 * | logins            | `login` events                                                           | 5 each, ≤ 3 | 15  |
 * | active days       | distinct Colombian calendar days with the prospect's own activity        | 5 each, ≤ 4 | 20  |
 * |                   | (`login`, `page_view`, `feature_used`, `assembly_started`,               |             |     |
 * |                   | `minutes_downloaded`, `share_link_created`)                              |             |     |
 * | checklist         | guided-checklist items done (`onboarding-items.ts`, 7 items)             | 5 each      | 35  |
 * | features used     | distinct `feature_used` features                                         | 3 each, ≤ 5 | 15  |
 * | share-link views  | `share_link_view` events (the council opened the shared demo)            | 5 each, ≤ 3 | 15  |
 *
 * Levels: `cold` below 40, `warm` from 40 (ENGAGEMENT_THRESHOLDS), `hot` from 70. Crossing warm or hot
 * sends `lead.scored` to the CRM once per threshold per demo, and hot also emails sales
 * (`recordEngagementThresholds`). A demo is "engaged" — its first "more time" request is approved
 * without sales — from ENGAGED_SCORE (40, the warm threshold).
 *
 * The score is computed in SQL, set-based (`engagementLateralSql`), so the console can sort thousands
 * of demos by it; `engagementScore` is the same arithmetic in TypeScript, built from the same table,
 * for unit tests and for callers that already hold the inputs.
 */
import "server-only";
import { APP_TIME_ZONE } from "@/lib/time-zone";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import { ONBOARDING_ITEMS, onboardingDoneColumnsSql, onboardingDoneCountSql, type OnboardingItemKey } from "./onboarding-items";

/** What the score is made of, per demo (counts). */
export type EngagementInputs = {
  logins: number;
  activeDays: number;
  checklistDone: number;
  features: number;
  shareLinkViews: number;
};

/** Points per unit of each signal and the most units that count: the formula's table. */
export const ENGAGEMENT_WEIGHTS: Record<keyof EngagementInputs, { points: number; cap: number }> = {
  logins: { points: 5, cap: 3 },
  activeDays: { points: 5, cap: 4 },
  checklistDone: { points: 5, cap: ONBOARDING_ITEMS.length },
  features: { points: 3, cap: 5 },
  shareLinkViews: { points: 5, cap: 3 },
};

/** The SQL column of each input in `engagementLateralSql`. */
const inputColumns: Record<keyof EngagementInputs, string> = {
  logins: "logins",
  activeDays: "active_days",
  checklistDone: "checklist_done",
  features: "features",
  shareLinkViews: "share_link_views",
};

export type EngagementLevel = "cold" | "warm" | "hot";

/** Thresholds sales hear about (lowest first): `lead.scored` once each per demo; `hot` also emails sales. */
export const ENGAGEMENT_THRESHOLDS: readonly { level: Exclude<EngagementLevel, "cold">; score: number }[] = [
  { level: "warm", score: 40 },
  { level: "hot", score: 70 },
];

/** From this score a demo is engaged: its first request for more time is approved automatically. */
export const ENGAGED_SCORE = 40;

/** Own-activity event types: the ones that make a day "active". */
export const ACTIVE_DAY_EVENT_TYPES = [
  "login",
  "page_view",
  "feature_used",
  "assembly_started",
  "minutes_downloaded",
  "share_link_created",
];

/**
 * The score (0–100, an integer) of `inputs`, by the table above: each signal's count, capped, times its
 * points. Negative or fractional counts are treated as 0 / rounded down.
 */
export function engagementScore(inputs: EngagementInputs): number {
  let score = 0;
  for (const key of Object.keys(ENGAGEMENT_WEIGHTS) as (keyof EngagementInputs)[]) {
    const { points, cap } = ENGAGEMENT_WEIGHTS[key];
    score += Math.min(Math.max(0, Math.floor(inputs[key])), cap) * points;
  }
  return score;
}

/** The level of a score: `hot` ≥ 70, `warm` ≥ 40, else `cold`. */
export function engagementLevel(score: number): EngagementLevel {
  let level: EngagementLevel = "cold";
  for (const threshold of ENGAGEMENT_THRESHOLDS) if (score >= threshold.score) level = threshold.level;
  return level;
}

/** The score's SQL expression over the input columns of `alias` (the same arithmetic as `engagementScore`). */
function scoreExpressionSql(alias: string): Prisma.Sql {
  const terms = (Object.keys(ENGAGEMENT_WEIGHTS) as (keyof EngagementInputs)[]).map((key) => {
    const { points, cap } = ENGAGEMENT_WEIGHTS[key];
    return `LEAST(${alias}.${inputColumns[key]}, ${cap}) * ${points}`;
  });
  return Prisma.raw(`(${terms.join(" + ")})::int`);
}

/**
 * A subquery for `LEFT JOIN LATERAL (…) eng ON TRUE`: one row with the engagement of the demo whose id
 * is `organizationId` (an SQL expression, e.g. `o.id`) — columns `score` (0–100), `logins`,
 * `active_days`, `checklist_done`, `features`, `share_link_views` and one `done_<item key>` boolean
 * per checklist item. A demo without events scores 0; a NULL id gives score 0 too (callers that want
 * NULL for "no demo" test the id themselves). Reads `demo_events` by its (organization_id, created_at)
 * index.
 */
export function engagementLateralSql(organizationId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT x.*, ${scoreExpressionSql("x")} AS score FROM (
      SELECT y.*, ${onboardingDoneCountSql("y")} AS checklist_done FROM (
        SELECT count(*) FILTER (WHERE e.type = ${demoEventTypeSql("login")})::int AS logins,
          count(DISTINCT (e.created_at AT TIME ZONE ${APP_TIME_ZONE})::date) FILTER (WHERE e.type = ANY(${ACTIVE_DAY_EVENT_TYPES}::text[]))::int AS active_days,
          count(DISTINCT e.data->>'feature') FILTER (WHERE e.type = ${demoEventTypeSql("feature_used")})::int AS features,
          count(*) FILTER (WHERE e.type = ${demoEventTypeSql("share_link_view")})::int AS share_link_views,
          ${onboardingDoneColumnsSql()}
        FROM demo_events e WHERE e.organization_id = ${organizationId}
      ) y
    ) x`;
}

/** One demo's engagement: score, level, the inputs and which checklist items are done. */
export type Engagement = EngagementInputs & { score: number; level: EngagementLevel; done: Record<OnboardingItemKey, boolean> };

type EngagementSqlRow = {
  id: string;
  score: number;
  logins: number;
  active_days: number;
  checklist_done: number;
  features: number;
  share_link_views: number;
} & Record<`done_${OnboardingItemKey}`, boolean>;

/**
 * The engagement of each demo in `organizationIds` (set-based: one query). Platform path.
 * @returns a map from organization id to its `Engagement`; unknown ids score 0.
 */
export async function getEngagementScores(
  organizationIds: readonly string[],
  db: Pick<Prisma.TransactionClient, "$queryRaw"> = prisma,
): Promise<Map<string, Engagement>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<EngagementSqlRow[]>(Prisma.sql`
    SELECT o.id::text AS id, eng.* FROM unnest(${organizationIds}::uuid[]) AS o(id)
    LEFT JOIN LATERAL (${engagementLateralSql(Prisma.sql`o.id`)}) eng ON TRUE`);
  return new Map(rows.map((r) => [r.id, toEngagement(r)]));
}

function toEngagement(r: EngagementSqlRow): Engagement {
  const done = Object.fromEntries(ONBOARDING_ITEMS.map((item) => [item.key, r[`done_${item.key}`] === true])) as Record<
    OnboardingItemKey,
    boolean
  >;
  return {
    score: r.score,
    level: engagementLevel(r.score),
    logins: r.logins,
    activeDays: r.active_days,
    checklistDone: r.checklist_done,
    features: r.features,
    shareLinkViews: r.share_link_views,
    done,
  };
}
