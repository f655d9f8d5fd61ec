import "server-only";
import type { Prisma } from "@/server/db/client";
import { type OutboxEventType, enqueueOutboxEvents } from "./enqueue-outbox-events";

/** What happened to a demo; also the `demo_events.type` and `audit_log.action` written for it. */
export type LifecycleAction = "created" | "extended" | "terminated" | "expired" | "reset" | "reissued" | "converted" | "purged";

export type LifecycleChange = {
  organizationId: string;
  /** A sales person's email, "cron" or "system". */
  actor: string;
  action: LifecycleAction;
  /** The prospect's email (audit_log.lead_email, the outbox payload's `email`). */
  email: string | null;
  /** The relevant fields before and after, as JSON (dates as ISO strings). */
  before?: Prisma.InputJsonObject;
  after?: Prisma.InputJsonObject;
  /** `demo_events.data`. */
  eventData?: Prisma.InputJsonObject;
  /** The outbox event for the CRM; its `organizationId` defaults to the change's. */
  outbox?: { type: OutboxEventType; data: Prisma.InputJsonObject; organizationId?: string };
  now: Date;
};

/**
 * Records lifecycle changes inside the caller's transaction (docs/rules.md#sales-console and docs/rules.md#demo-lifecycle), three rows each:
 * a `demo_events` row (the demo's timeline and analytics), an `audit_log` row (actor, action,
 * before/after) and, when `outbox` is given, an outbox event keyed `${type}:${organizationId}:${event id}`
 * — all committed, or rolled back, with the change itself. At most one change per organization per call.
 * @returns the new demo_events ids, in the order of `changes`.
 * @throws the database error (the caller's transaction then rolls back).
 */
export async function recordLifecycleChanges(tx: Prisma.TransactionClient, changes: LifecycleChange[]): Promise<bigint[]> {
  if (changes.length === 0) return [];
  const events = await tx.demoEvent.createManyAndReturn({
    data: changes.map((c) => ({ organizationId: c.organizationId, type: c.action, actor: c.actor, data: c.eventData, createdAt: c.now })),
    select: { id: true, organizationId: true },
  });
  const eventIdByOrganization = new Map(events.map((e) => [e.organizationId, e.id]));
  const eventIds = changes.map((c) => {
    const id = eventIdByOrganization.get(c.organizationId);
    if (id === undefined || eventIdByOrganization.size !== changes.length)
      throw new Error("recordLifecycleChanges: one change per organization");
    return id;
  });
  await tx.auditLogEntry.createMany({
    data: changes.map((c) => ({
      actor: c.actor,
      action: c.action,
      organizationId: c.organizationId,
      leadEmail: c.email,
      before: c.before,
      after: c.after,
      createdAt: c.now,
    })),
  });
  await enqueueOutboxEvents(
    tx,
    changes.flatMap((c, i) =>
      c.outbox
        ? [
            {
              type: c.outbox.type,
              idempotencyKey: `${c.outbox.type}:${c.organizationId}:${eventIds[i]}`,
              occurredAt: c.now,
              organizationId: c.outbox.organizationId ?? c.organizationId,
              email: c.email,
              data: c.outbox.data,
            },
          ]
        : [],
    ),
  );
  return eventIds;
}

/** `recordLifecycleChanges` for a single change. @returns its demo_events id. */
export async function recordLifecycleChange(tx: Prisma.TransactionClient, change: LifecycleChange): Promise<bigint> {
  const [id] = await recordLifecycleChanges(tx, [change]);
  return id!;
}
