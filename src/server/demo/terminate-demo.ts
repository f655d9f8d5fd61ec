import "server-only";
import type { Locale } from "@/lib/i18n";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { recordLifecycleChange } from "@/server/lifecycle/record-lifecycle-changes";
import { type DemoState, adminMessages, demoStateSelect, lockManagedDemo } from "./lock-demo";

/**
 * Sales action "terminate" (issue #5 §1): ends an active demo now — status `terminated`,
 * `terminated_at` — in one transaction with its audit row, `demo_events` row "terminated" and
 * `demo.terminated` outbox event. The prospect sees "Demo vencido" (403 `demo_expired` on the APIs)
 * from the next request on, sessions included: access is re-read from the database every time.
 * Retention later purges its data like an expired demo's.
 * @returns the demo's state after the change.
 * @throws AppError not_found (unknown demo); conflict (409) when re-issued, without expiry (QA demo),
 *   already terminated, converted, or no longer active (expired).
 */
export async function terminateDemo(input: {
  organizationId: string;
  actor: string;
  reason?: string;
  locale?: Locale;
  now?: Date;
}): Promise<DemoState> {
  const { organizationId, actor } = input;
  const now = input.now ?? new Date();
  const t = adminMessages(input.locale ?? "es");
  return prisma.$transaction(async (tx) => {
    const { demo, user } = await lockManagedDemo(tx, organizationId, t, { requireExpiry: true });
    if (demo.status === "terminated") throw new AppError("conflict", t("alreadyTerminated"));
    if (demo.status === "converted") throw new AppError("conflict", t("alreadyConverted"));
    if (demo.status !== "active") throw new AppError("conflict", t("terminateNotActive"));

    const after = await tx.organization.update({
      where: { id: organizationId },
      data: { status: "terminated", terminatedAt: now },
      select: demoStateSelect,
    });
    await recordLifecycleChange(tx, {
      organizationId,
      actor,
      action: "terminated",
      email: user.email,
      before: { status: demo.status, terminatedAt: null },
      after: { status: "terminated", terminatedAt: now.toISOString(), reason: input.reason ?? null },
      eventData: { reason: input.reason ?? null },
      outbox: { type: "demo.terminated", data: { terminatedAt: now.toISOString(), reason: input.reason ?? null } },
      now,
    });
    return after;
  });
}
