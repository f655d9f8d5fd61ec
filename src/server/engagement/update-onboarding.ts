import "server-only";
import { prisma } from "@/server/db/client";
import { recordEvent } from "@/server/events/record-event";

/**
 * Hides (`dismissed: true`) or shows again the guided checklist of the session's demo, stored per demo
 * in `demo_onboarding` (docs/engagement.md#the-guided-checklist), with an "onboarding_dismissed" event
 * on the demo's timeline — one transaction. Idempotent: repeating the same choice changes nothing.
 * @returns the stored state.
 */
export async function updateOnboarding(input: {
  organizationId: string;
  actor: string;
  dismissed: boolean;
  now?: Date;
}): Promise<{ dismissed: boolean }> {
  const { organizationId, dismissed } = input;
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const before = await tx.demoOnboarding.findUnique({ where: { organizationId }, select: { dismissedAt: true } });
    if ((before?.dismissedAt != null) === dismissed) return { dismissed };
    const dismissedAt = dismissed ? now : null;
    await tx.demoOnboarding.upsert({
      where: { organizationId },
      create: { organizationId, dismissedAt },
      update: { dismissedAt },
    });
    await recordEvent(tx, { organizationId, type: "onboarding_dismissed", actor: input.actor, data: { dismissed }, createdAt: now });
    return { dismissed };
  });
}
