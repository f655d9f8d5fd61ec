import "server-only";
import { prisma } from "@/server/db/client";
import { recordEvent } from "@/server/events/record-event";
import { lockPendingRequest } from "./lock-pending-request";

/**
 * Sales deny a pending request for more time (docs/engagement.md#more-time): the request is marked
 * denied with who and why, and the demo's timeline (`demo_events` "extension_denied") and the audit
 * log record it, in one transaction. The demo itself is unchanged.
 * @throws AppError 404 `extension_request_not_found`; 409 `extension_request_decided`.
 */
export async function denyExtensionRequest(input: { requestId: string; actor: string; reason?: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const request = await lockPendingRequest(tx, input.requestId);
    await tx.extensionRequest.update({
      where: { id: request.id },
      data: { status: "denied", decidedBy: input.actor, decidedAt: now, decisionNote: input.reason ?? null },
    });
    await recordEvent(tx, {
      organizationId: request.organizationId,
      type: "extension_denied",
      actor: input.actor,
      data: { requestId: request.id, reason: input.reason ?? null },
      createdAt: now,
    });
    await tx.auditLogEntry.create({
      data: {
        actor: input.actor,
        action: "extension_denied",
        organizationId: request.organizationId,
        leadEmail: request.requestedBy,
        before: { requestId: request.id, status: "pending" },
        after: { requestId: request.id, status: "denied", reason: input.reason ?? null },
        createdAt: now,
      },
    });
  });
}
