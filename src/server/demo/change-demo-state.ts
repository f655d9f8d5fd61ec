import "server-only";
import { prisma, type Prisma } from "@/server/db/client";
import { retryTransientConflicts } from "@/server/db/tenant";
import { AppError } from "@/server/http/app-error";
import { type LifecycleChange, recordLifecycleChange } from "@/server/lifecycle/record-lifecycle-changes";
import { type DemoState, demoStateSelect, type ManagedDemo, lockManagedDemo } from "./lock-demo";

/** What every sales action on a prospect's demo is given: the demo, who acts, an optional note, the instant. */
export type DemoActionInput = { organizationId: string; actor: string; reason?: string; now?: Date };

/** The locked demo an action works on; with `requireExpiry`, its expiry too. */
export type DemoActionContext<E extends boolean> = ManagedDemo &
  (E extends true ? { expiresAt: Date } : { expiresAt?: Date }) & { now: Date; reason: string | null };

/** What an action hands back: its result, and the lifecycle record of the change (actor, email and instant are added). */
export type DemoActionOutcome<T> = { result: T; record: Omit<LifecycleChange, "organizationId" | "actor" | "email" | "now"> };

/** One sales action: whether it needs an expiry, which statuses it refuses outright, and the change itself. */
export type DemoAction<T, E extends boolean> = {
  requireExpiry: E;
  /** Statuses answered with 409 `demo_already_<status>` before anything is written. */
  refuse: readonly ("terminated" | "converted")[];
  apply: (tx: Prisma.TransactionClient, demo: DemoActionContext<E>) => Promise<DemoActionOutcome<T>>;
};

/**
 * The frame every sales action that changes a prospect's demo shares (docs/rules.md#sales-console), inside
 * the caller's transaction: lock the demo's row and check it still has its prospect (`lockManagedDemo`),
 * refuse the statuses the action cannot apply to, let `action.apply` write the new state, then record
 * the change (`recordLifecycleChange`: audit row, `demo_events` row, outbox event) with the actor, the
 * prospect's email and the same instant.
 * @returns what `action.apply` returned as `result`.
 * @throws AppError 404 `demo_not_found`; 409 `demo_superseded`, `demo_without_expiry` (with
 *   `requireExpiry`), `demo_already_terminated` / `demo_already_converted` (per `refuse`); and whatever
 *   `action.apply` throws.
 */
export async function changeDemoStateInTransaction<T, E extends boolean>(
  tx: Prisma.TransactionClient,
  input: DemoActionInput,
  action: DemoAction<T, E>,
): Promise<T> {
  const { organizationId, actor } = input;
  const now = input.now ?? new Date();
  const managed = action.requireExpiry
    ? await lockManagedDemo(tx, organizationId, { requireExpiry: true })
    : await lockManagedDemo(tx, organizationId);
  for (const status of action.refuse) if (managed.demo.status === status) throw new AppError(`demo_already_${status}`);
  // With `requireExpiry` true, `lockManagedDemo` returned `expiresAt` (or threw): the context's type says so.
  const context = { ...managed, now, reason: input.reason ?? null } as unknown as DemoActionContext<E>;
  const { result, record } = await action.apply(tx, context);
  await recordLifecycleChange(tx, { ...record, organizationId, actor, email: managed.user.email, now });
  return result;
}

/**
 * `changeDemoStateInTransaction` in a transaction of its own. Concurrent actions on one demo wait for
 * its row lock while holding a pooled connection: `options` gives them time to get one rather than
 * failing (tests/admin-concurrency.test.ts runs 20 at once). A reset deleting the demo's units can
 * deadlock with the prospect's own write to one of them; whichever PostgreSQL aborts is run again
 * (`retryTransientConflicts`), so neither side sees a fault.
 */
export async function changeDemoState<T, E extends boolean>(
  input: DemoActionInput,
  action: DemoAction<T, E>,
  options?: { maxWait: number; timeout: number },
): Promise<T> {
  return retryTransientConflicts(() => prisma.$transaction((tx) => changeDemoStateInTransaction(tx, input, action), options));
}

/**
 * Ends a demo's trial for good: status `terminated` or `converted`, stamped at `now` in `terminated_at`
 * or `converted_at`.
 * @returns the demo's state after the change.
 */
export async function closeDemo(
  tx: Prisma.TransactionClient,
  organizationId: string,
  status: "terminated" | "converted",
  now: Date,
): Promise<DemoState> {
  const data = status === "terminated" ? { status, terminatedAt: now } : { status, convertedAt: now };
  return tx.organization.update({ where: { id: organizationId }, data, select: demoStateSelect });
}
