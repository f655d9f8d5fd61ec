import { Prisma } from "@/server/db/generated/client";
import { demoEventTypeSql } from "@/server/events/event-type-sql";
import type { DemoFeature } from "@/server/events/record-event";

/**
 * The guided checklist of a demo (docs/engagement.md#the-guided-checklist): the seven things that sell
 * Assembly, in the order a prospect meets them. Each item is "done" when the demo's `demo_events` hold
 * the event that proves it — progress is therefore stored per demo, in the events, and the same SQL
 * feeds `GET /api/onboarding` and the engagement score (`score.ts`).
 * - `key`: stable identifier (API, tests, `onboarding.<key>` messages).
 * - `href`: where in the demo the prospect does it.
 * - `doneSql`: a condition over one `demo_events` row aliased `e`; the item is done when any row of
 *   the demo satisfies it.
 */
export type OnboardingItemDefinition = { key: OnboardingItemKey; href: string; doneSql: Prisma.Sql };

export const onboardingItemKeys = [
  "explore_units",
  "create_assembly",
  "run_assembly",
  "close_assembly",
  "download_minutes",
  "change_color",
  "share_with_council",
] as const;
export type OnboardingItemKey = (typeof onboardingItemKeys)[number];

const feature = (name: DemoFeature) => Prisma.sql`(e.type = ${demoEventTypeSql("feature_used")} AND e.data->>'feature' = ${name})`;

export const ONBOARDING_ITEMS: readonly OnboardingItemDefinition[] = [
  // Units and their cartera (dues status) are one page: opening it is exploring them.
  {
    key: "explore_units",
    href: "/dashboard/admin-ph/units",
    doneSql: Prisma.sql`(e.type = ${demoEventTypeSql("page_view")} AND e.data->>'path' = 'units')`,
  },
  { key: "create_assembly", href: "/dashboard/admin-ph/assemblies/new", doneSql: feature("create_assembly") },
  // Running an assembly live: starting it, or taking attendance (the first act of a live assembly).
  {
    key: "run_assembly",
    href: "/dashboard/admin-ph/assemblies",
    doneSql: Prisma.sql`(e.type = ${demoEventTypeSql("assembly_started")} OR ${feature("register_attendance")})`,
  },
  { key: "close_assembly", href: "/dashboard/admin-ph/assemblies", doneSql: feature("close_assembly") },
  {
    key: "download_minutes",
    href: "/dashboard/admin-ph/assemblies",
    doneSql: Prisma.sql`(e.type = ${demoEventTypeSql("minutes_downloaded")})`,
  },
  {
    key: "change_color",
    href: "/dashboard/admin-ph/settings",
    doneSql: Prisma.sql`(${feature("change_settings")} AND e.data ? 'themeColor')`,
  },
  {
    key: "share_with_council",
    href: "/dashboard/admin-ph/settings",
    doneSql: Prisma.sql`(e.type = ${demoEventTypeSql("share_link_created")})`,
  },
];

/**
 * SELECT list of one boolean column per item, `done_<key>`, aggregated over the `demo_events` rows `e`
 * of the query it is placed in (`bool_or`; NULL when there are no rows).
 */
export function onboardingDoneColumnsSql(): Prisma.Sql {
  return Prisma.join(
    ONBOARDING_ITEMS.map((item) => Prisma.sql`coalesce(bool_or(${item.doneSql}), false) AS ${Prisma.raw(`done_${item.key}`)}`),
    ", ",
  );
}

/** SQL of how many items are done: the sum of the `done_<key>` columns of `alias`. */
export function onboardingDoneCountSql(alias: string): Prisma.Sql {
  return Prisma.raw(`(${ONBOARDING_ITEMS.map((item) => `${alias}.done_${item.key}::int`).join(" + ")})`);
}
