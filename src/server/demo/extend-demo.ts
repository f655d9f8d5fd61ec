import "server-only";
import { type Prisma, prisma } from "@/server/db/client";
import { AppError } from "@/server/http/app-error";
import { EXPIRY_WARNING_KINDS } from "@/server/lifecycle/lifecycle-policy";
import { DAY_MS, MAX_DEMO_EXTENSIONS, MAX_EXTENSION_DAYS, isOrganizationExpired, latestDemoExpiry } from "./demo-policy";
import { changeDemoStateInTransaction, type DemoActionInput } from "./change-demo-state";
import { type DemoState, demoStateSelect, type LockedDemo } from "./lock-demo";

export type ExtendDemoInput = DemoActionInput & { days: number; eventData?: Prisma.InputJsonObject };

/**
 * Sales action "extend" (docs/rules.md#sales-console): moves `demo_expires_at` forward by `days`, in one transaction
 * with its audit row (before/after: status, expiry, extensions used), `demo_events` row "extended" and
 * `demo.extended` outbox event. Extensions add to the current expiry; at most MAX_DEMO_EXTENSIONS (2)
 * of them and MAX_EXTENSION_DAYS (30) days in total beyond the original 15 (`latestDemoExpiry`). An
 * expired demo that was not purged comes back to life (status active) when the new expiry is in the
 * future; an extension that would leave it expired is refused rather than wasted. The expiry warnings
 * already sent are cleared, so the prospect is warned again before the new date.
 * @param input.days whole days, ≥ 1; input.actor the sales person's email; input.reason optional note.
 * @returns the demo's state after the change.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_without_expiry` (QA demo),
 *   `demo_already_terminated`, `demo_already_converted`, `demo_purged`, `extension_limit_reached`
 *   (params max), `extension_days_exceeded` (params max, left) or `extension_still_expired` (params
 *   date, min).
 */
export async function extendDemo(input: ExtendDemoInput): Promise<DemoState> {
  return prisma.$transaction(
    (tx) => extendDemoInTransaction(tx, input),
    // Concurrent actions on one demo wait for its row lock while holding a pooled connection: allow
    // them time to get one rather than failing (tests/admin-concurrency.test.ts runs 20 at once).
    { maxWait: 10_000, timeout: 20_000 },
  );
}

/**
 * The refusals every extension shares — by sales or asked by the prospect (docs/rules.md#sales-console,
 * docs/engagement.md#more-time): a terminated, converted or purged demo is not extended, nor one that
 * used its MAX_DEMO_EXTENSIONS (2).
 * @throws AppError 409 `demo_already_terminated`, `demo_already_converted`, `demo_purged` or
 *   `extension_limit_reached` (params max).
 */
export function assertExtendable(demo: Pick<LockedDemo, "status" | "purgedAt" | "extensionsUsed">): void {
  if (demo.status === "terminated" || demo.status === "converted") throw new AppError(`demo_already_${demo.status}`);
  if (demo.purgedAt) throw new AppError("demo_purged");
  if (demo.extensionsUsed >= MAX_DEMO_EXTENSIONS) throw new AppError("extension_limit_reached", { params: { max: MAX_DEMO_EXTENSIONS } });
}

/**
 * The error for an extension past `latestDemoExpiry`: the cap (MAX_EXTENSION_DAYS, 30) and the whole
 * days still left from `current` (≥ 0).
 */
export function extensionDaysExceeded(createdAt: Date, current: Date): AppError {
  const left = Math.max(0, Math.floor((latestDemoExpiry(createdAt).getTime() - current.getTime()) / DAY_MS));
  return new AppError("extension_days_exceeded", { params: { max: MAX_EXTENSION_DAYS, left } });
}

/**
 * `extendDemo` inside the caller's transaction — the same rules, caps and records — for changes that
 * must commit together with the extension (an approved request for more time, docs/engagement.md).
 * @param input.eventData extra fields for the `extended` timeline event and audit row (e.g. the request id).
 */
export async function extendDemoInTransaction(tx: Prisma.TransactionClient, input: ExtendDemoInput): Promise<DemoState> {
  const { organizationId, days } = input;
  return changeDemoStateInTransaction(tx, input, {
    requireExpiry: true,
    refuse: [],
    apply: async (tx, { demo, expiresAt: current, now, reason }) => {
      assertExtendable(demo);
      const expiresAt = new Date(current.getTime() + days * DAY_MS);
      if (expiresAt > latestDemoExpiry(demo.createdAt)) throw extensionDaysExceeded(demo.createdAt, current);
      if (expiresAt <= now) {
        const min = Math.floor((now.getTime() - current.getTime()) / DAY_MS) + 1;
        throw new AppError("extension_still_expired", { params: { date: current, min } });
      }

      const reactivated = isOrganizationExpired(demo, now);
      const after = await tx.organization.update({
        where: { id: organizationId },
        data: { demoExpiresAt: expiresAt, extensionsUsed: { increment: 1 }, status: "active", expiredAt: null },
        select: demoStateSelect,
      });
      await tx.demoNotification.deleteMany({ where: { organizationId, kind: { in: EXPIRY_WARNING_KINDS } } });
      const extra = input.eventData ?? {};
      const demoExpiresAt = expiresAt.toISOString();
      const { extensionsUsed } = after;
      const record = {
        action: "extended",
        before: { status: demo.status, demoExpiresAt: current.toISOString(), extensionsUsed: demo.extensionsUsed },
        after: { status: after.status, demoExpiresAt, extensionsUsed, days, reason, ...extra },
        eventData: { days, reactivated, reason, ...extra },
        outbox: { type: "demo.extended", data: { days, demoExpiresAt, extensionsUsed, reactivated, ...extra } },
      } as const;
      return { result: after, record };
    },
  });
}
