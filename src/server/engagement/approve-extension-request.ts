import "server-only";
import { prisma } from "@/server/db/client";
import type { DemoState } from "@/server/demo/lock-demo";
import { extendDemoInTransaction } from "@/server/demo/extend-demo";
import { AppError } from "@/server/http/app-error";
import { lockPendingRequest } from "./lock-pending-request";
import { moreTimeDays } from "./more-time-policy";

/**
 * Sales approve a pending request for more time (docs/engagement.md#more-time): the demo is extended
 * by the sales "extend" action itself, in the same transaction (`extendDemoInTransaction`: same caps —
 * 2 extensions, 30 days beyond the original 15 —, audit row, timeline event, `demo.extended` CRM
 * event, actor = the sales person), and the request is marked approved with the days granted.
 * @param input.days days to add; by default what the request asked (`moreTimeDays`: 7 days after the
 *   later of the expiry and now, within the cap).
 * @returns the demo's state after the extension.
 * @throws AppError 404 `extension_request_not_found`; 409 `extension_request_decided` and every error
 *   of `extendDemo` (caps, terminated, converted, purged…).
 */
export async function approveExtensionRequest(input: {
  requestId: string;
  actor: string;
  days?: number;
  reason?: string;
  now?: Date;
}): Promise<DemoState> {
  const now = input.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      const request = await lockPendingRequest(tx, input.requestId);
      const org = await tx.organization.findUniqueOrThrow({
        where: { id: request.organizationId },
        select: { createdAt: true, demoExpiresAt: true },
      });
      // With no room left under the cap, 1 day lets extend refuse it in its own words (extension_days_exceeded).
      const days =
        input.days ?? Math.max(1, org.demoExpiresAt ? moreTimeDays({ createdAt: org.createdAt, current: org.demoExpiresAt, now }) : 1);
      const after = await extendDemoInTransaction(tx, {
        organizationId: request.organizationId,
        days,
        actor: input.actor,
        reason: input.reason,
        eventData: { extensionRequestId: request.id },
        now,
      });
      const updated = await tx.extensionRequest.updateMany({
        where: { id: request.id, status: "pending" },
        data: { status: "approved", days, decidedBy: input.actor, decidedAt: now, decisionNote: input.reason ?? null },
      });
      if (updated.count !== 1) throw new AppError("extension_request_decided");
      return after;
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
