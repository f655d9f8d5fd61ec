import "server-only";
import { canonicalEmail } from "@/lib/validation";
import { EXPIRY_WARNING_KINDS } from "@/server/lifecycle/lifecycle-policy";
import { changeDemoState, closeDemo, type DemoActionInput } from "./change-demo-state";
import type { DemoState } from "./lock-demo";

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
export async function markConverted(input: DemoActionInput): Promise<DemoState> {
  return changeDemoState(input, {
    requireExpiry: true,
    refuse: ["converted"],
    apply: async (tx, { demo, user, now, reason }) => {
      const organizationId = demo.id;
      const convertedAt = now.toISOString();
      const after = await closeDemo(tx, organizationId, "converted", now);
      await tx.platformLead.updateMany({
        where: { OR: [{ emailKey: canonicalEmail(user.email) }, { organizationId }] },
        data: { funnelStage: "converted" },
      });
      // A customer must not be told their demo is about to end.
      await tx.emailOutbox.updateMany({
        where: { organizationId, kind: { in: EXPIRY_WARNING_KINDS }, status: "pending" },
        data: { status: "superseded", subject: null, text: null, html: null },
      });
      const previousStatus = demo.status;
      const record = {
        action: "converted",
        before: { status: previousStatus, convertedAt: null },
        after: { status: "converted", convertedAt, reason },
        eventData: { previousStatus, reason },
        outbox: { type: "demo.converted", data: { convertedAt, previousStatus } },
      } as const;
      return { result: after, record };
    },
  });
}
