import "server-only";
import { prisma } from "@/server/db/client";
import { ONBOARDING_ITEMS, type OnboardingItemKey } from "./onboarding-items";
import { getEngagementScores } from "./score";

/** The guided checklist of one demo: its items in order, whether each is done, and whether it is hidden. */
export type Onboarding = {
  items: { key: OnboardingItemKey; href: string; done: boolean }[];
  completed: number;
  total: number;
  dismissed: boolean;
};

/**
 * The guided checklist of `organizationId` (docs/engagement.md#the-guided-checklist): each item of
 * `ONBOARDING_ITEMS` with `done` read from the demo's events (the same SQL as the engagement score),
 * and whether the prospect hid it (`demo_onboarding.dismissed_at`). Platform path: reads demo_events
 * and demo_onboarding only, for the session's organization.
 */
export async function getOnboarding(organizationId: string): Promise<Onboarding> {
  const [scores, state] = await Promise.all([
    getEngagementScores([organizationId]),
    prisma.demoOnboarding.findUnique({ where: { organizationId }, select: { dismissedAt: true } }),
  ]);
  const done = scores.get(organizationId)?.done;
  const items = ONBOARDING_ITEMS.map((item) => ({ key: item.key, href: item.href, done: done?.[item.key] ?? false }));
  return {
    items,
    completed: items.filter((item) => item.done).length,
    total: items.length,
    dismissed: state?.dismissedAt != null,
  };
}
