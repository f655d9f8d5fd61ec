import "server-only";
import { prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { recordLifecycleChange } from "@/server/lifecycle/record-lifecycle-changes";
import { type DemoState, demoStateSelect, lockManagedDemo } from "./lock-demo";

/**
 * Sales action "terminate" (docs/rules.md#sales-console): ends an active demo now — status `terminated`,
 * `terminated_at` — in one transaction with its audit row, `demo_events` row "terminated" and
 * `demo.terminated` outbox event. The prospect sees "Demo vencido" (403 `demo_expired` on the APIs)
 * from the next request on, sessions included: access is re-read from the database every time.
 * Retention later purges its data like an expired demo's.
 * @returns the demo's state after the change.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_without_expiry` (QA demo),
 *   `demo_already_terminated`, `demo_already_converted` or `terminate_not_active` (expired).
 */
export async function terminateDemo(input: { organizationId: string; actor: string; reason?: string; now?: Date }): Promise<DemoState> {
  const { organizationId, actor } = input;
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const { demo, user } = await lockManagedDemo(tx, organizationId, { requireExpiry: true });
    if (demo.status === "terminated") throw new AppError("demo_already_terminated");
    if (demo.status === "converted") throw new AppError("demo_already_converted");
    if (demo.status !== "active") throw new AppError("terminate_not_active");

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
