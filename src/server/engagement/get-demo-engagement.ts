import "server-only";
import { prisma } from "@/server/db/client";
import { ONBOARDING_ITEMS, type OnboardingItemKey } from "./onboarding-items";
import { type ExtensionRequestItem, listExtensionRequests } from "./list-extension-requests";
import { type Engagement, getEngagementScores } from "./score";

export type DemoEngagement = {
  /** Score 0–100, level, the signals it was computed from and the checklist (docs/engagement.md). */
  engagement: Omit<Engagement, "done"> & {
    checklist: { key: OnboardingItemKey; done: boolean }[];
    /** Thresholds this demo crossed (each sent to the CRM once as `lead.scored`). */
    thresholds: { level: string; score: number; crossedAt: Date }[];
  };
  /** Its requests for more time, newest first. */
  extensionRequests: ExtensionRequestItem[];
};

/**
 * What the console knows about one demo's engagement (docs/engagement.md): the score with its
 * breakdown and checklist, the thresholds crossed, and the requests for more time. Platform path.
 */
export async function getDemoEngagement(organizationId: string): Promise<DemoEngagement> {
  const [scores, thresholds, extensionRequests] = await Promise.all([
    getEngagementScores([organizationId]),
    prisma.engagementThreshold.findMany({
      where: { organizationId },
      orderBy: { crossedAt: "asc" },
      select: { level: true, score: true, crossedAt: true },
    }),
    listExtensionRequests({ organizationId, limit: 50 }),
  ]);
  const { done, ...score } = scores.get(organizationId)!;
  return {
    engagement: { ...score, checklist: ONBOARDING_ITEMS.map((item) => ({ key: item.key, done: done[item.key] })), thresholds },
    extensionRequests,
  };
}
