import "server-only";
import { cache } from "react";
import { prisma } from "@/server/db/client";
import { ONBOARDING_ITEMS, type OnboardingItemKey, onboardingDoneColumnsSql } from "./onboarding-items";

/** The guided checklist of one demo: its items in order, whether each is done, and whether it is hidden. */
export type Onboarding = {
  items: { key: OnboardingItemKey; href: string; done: boolean }[];
  completed: number;
  total: number;
  dismissed: boolean;
};

type OnboardingRow = Record<`done_${OnboardingItemKey}`, boolean> & { dismissed: boolean };

/**
 * The guided checklist of `organizationId` (docs/engagement.md#the-guided-checklist): each item of
 * `ONBOARDING_ITEMS` with `done` read from the demo's events (the same conditions as the engagement
 * score, `onboardingDoneColumnsSql`), and whether the prospect hid it (`demo_onboarding.dismissed_at`),
 * in ONE statement. Every demo page shows it, so it is read once per request (React `cache`: the
 * layout and the page asking for it share one read). Platform path: reads demo_events and
 * demo_onboarding only, for the session's organization.
 */
export const getOnboarding = cache(async (organizationId: string): Promise<Onboarding> => {
  const [row] = await prisma.$queryRaw<OnboardingRow[]>`
    SELECT ${onboardingDoneColumnsSql()},
           coalesce((SELECT d.dismissed_at IS NOT NULL FROM demo_onboarding d WHERE d.organization_id = ${organizationId}::uuid), false) AS dismissed
    FROM demo_events e WHERE e.organization_id = ${organizationId}::uuid`;
  const items = ONBOARDING_ITEMS.map((item) => ({ key: item.key, href: item.href, done: row?.[`done_${item.key}`] === true }));
  return {
    items,
    completed: items.filter((item) => item.done).length,
    total: items.length,
    dismissed: row?.dismissed === true,
  };
});
