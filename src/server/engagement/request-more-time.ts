import "server-only";
import { prisma } from "@/server/db/client";
import { assertExtendable, extendDemoInTransaction, extensionDaysExceeded } from "@/server/demo/extend-demo";
import { lockManagedDemo } from "@/server/demo/lock-demo";
import { recordEvent } from "@/server/events/record-event";
import { AppError } from "@/server/http/app-error";
import { moreTimeDays } from "./more-time-policy";
import { ENGAGED_SCORE, getEngagementScores } from "./score";

export type MoreTimeResult =
  | { status: "approved"; requestId: string; days: number; demoExpiresAt: Date; score: number }
  | { status: "pending"; requestId: string; score: number };

/**
 * A prospect asks for more time (docs/engagement.md#more-time), from the demo's banner or the
 * "Demo vencido" page. In one transaction that locks the demo's row (so two clicks cannot both pass):
 * the request is refused when it could never be granted (the extend caps) or one is already waiting;
 * else it is recorded in `extension_requests` with the demo's engagement score, a `demo_events`
 * "extension_requested" row and an audit row (actor = the prospect). When the demo is engaged (score ≥
 * ENGAGED_SCORE, 40) and no request of it was auto-approved before, it is approved at once — the
 * extension is the sales "extend" action itself (`extendDemoInTransaction`: same caps, audit row,
 * timeline event and `demo.extended` CRM event, actor "system") for `moreTimeDays` days. Otherwise it
 * waits, pending, for sales in the console.
 * @param input.organizationId the session's demo; input.email the session user's (the requester).
 * @returns `approved` with the new expiry, or `pending`.
 * @throws AppError 404 `demo_not_found`; 409 `extension_request_pending`, `demo_without_expiry` (QA demo),
 *   `demo_already_terminated`, `demo_already_converted`, `demo_purged`, `extension_limit_reached`
 *   (params max), `extension_days_exceeded` (params max, left).
 */
export async function requestMoreTime(input: {
  organizationId: string;
  email: string;
  message?: string;
  now?: Date;
}): Promise<MoreTimeResult> {
  const { organizationId, email } = input;
  const now = input.now ?? new Date();
  return prisma.$transaction(
    async (tx) => {
      const { demo, expiresAt: current } = await lockManagedDemo(tx, organizationId, { requireExpiry: true });
      assertExtendable(demo);
      const days = moreTimeDays({ createdAt: demo.createdAt, current, now });
      if (days === 0) throw extensionDaysExceeded(demo.createdAt, current);
      const previous = await tx.extensionRequest.findMany({
        where: { organizationId, status: { in: ["pending", "auto_approved"] } },
        select: { status: true },
      });
      if (previous.some((r) => r.status === "pending")) throw new AppError("extension_request_pending");

      const score = (await getEngagementScores([organizationId], tx)).get(organizationId)?.score ?? 0;
      const autoApprove = score >= ENGAGED_SCORE && !previous.some((r) => r.status === "auto_approved");
      const request = await tx.extensionRequest.create({
        data: {
          organizationId,
          requestedBy: email,
          message: input.message ?? null,
          engagementScore: score,
          status: autoApprove ? "auto_approved" : "pending",
          ...(autoApprove ? { days, decidedBy: "system", decidedAt: now } : {}),
          createdAt: now,
        },
        select: { id: true },
      });
      const status = autoApprove ? "approved" : "pending";
      await recordEvent(tx, {
        organizationId,
        type: "extension_requested",
        actor: email,
        data: { requestId: request.id, status, score },
        createdAt: now,
      });
      await tx.auditLogEntry.create({
        data: {
          actor: email,
          action: "extension_requested",
          organizationId,
          leadEmail: email,
          after: { requestId: request.id, status, score, message: input.message ?? null },
          createdAt: now,
        },
      });
      if (!autoApprove) return { status: "pending", requestId: request.id, score };

      const after = await extendDemoInTransaction(tx, {
        organizationId,
        days,
        actor: "system",
        reason: "more_time_auto_approved",
        eventData: { extensionRequestId: request.id, engagementScore: score },
        now,
      });
      return { status: "approved", requestId: request.id, days, demoExpiresAt: after.demoExpiresAt!, score };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}
