import "server-only";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { canonicalEmail } from "@/lib/validation";
import { EXPIRY_WARNING_KINDS } from "@/server/lifecycle/lifecycle-policy";
import { recordLifecycleChange } from "@/server/lifecycle/record-lifecycle-changes";
import { type DemoState, demoStateSelect, lockManagedDemo } from "./lock-demo";

/**
 * Sales action "convert" (docs/rules.md#sales-console): the prospect became a customer. Sets status `converted` and
 * `converted_at`, moves the prospect's lead to funnel stage `converted`, in one transaction with its
 * audit row, `demo_events` row "converted" and `demo.converted` outbox event. Works on an active,
 * expired or terminated demo (people often sign after their demo ended). A converted organization is a
 * customer's: it never expires (`isOrganizationExpired`), shows no countdown, gets no warnings (any
 * still pending is cancelled here), is never marked expired and never purged
 * (docs/rules.md#demo-lifecycle); `demo_expires_at` stays as the record of when the trial would have ended.
 * @returns the demo's state after the change.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_without_expiry` (QA demo) or
 *   `demo_already_converted`.
 */
export async function markConverted(input: { organizationId: string; actor: string; reason?: string; now?: Date }): Promise<DemoState> {
  const { organizationId, actor } = input;
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const { demo, user } = await lockManagedDemo(tx, organizationId, { requireExpiry: true });
    if (demo.status === "converted") throw new AppError("demo_already_converted");

    const after = await tx.organization.update({
      where: { id: organizationId },
      data: { status: "converted", convertedAt: now },
      select: demoStateSelect,
    });
    await tx.platformLead.updateMany({
      where: { OR: [{ emailKey: canonicalEmail(user.email) }, { organizationId }] },
      data: { funnelStage: "converted" },
    });
    // A customer must not be told their demo is about to end.
    await tx.emailOutbox.updateMany({
      where: { organizationId, kind: { in: EXPIRY_WARNING_KINDS }, status: "pending" },
      data: { status: "superseded", subject: null, text: null, html: null },
    });
    await recordLifecycleChange(tx, {
      organizationId,
      actor,
      action: "converted",
      email: user.email,
      before: { status: demo.status, convertedAt: null },
      after: { status: "converted", convertedAt: now.toISOString(), reason: input.reason ?? null },
      eventData: { previousStatus: demo.status, reason: input.reason ?? null },
      outbox: { type: "demo.converted", data: { convertedAt: now.toISOString(), previousStatus: demo.status } },
      now,
    });
    return after;
  });
}
