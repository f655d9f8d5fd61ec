import "server-only";
import type { Prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";
import { type OutboxEventType, outboxPayloadSql } from "./enqueue-outbox-events";

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
 * whose payload is an `OutboxPayload` (a repeated key is skipped) — all committed, or rolled back, with
 * the change itself. At most one change per organization per call.
 * One statement for the whole set (docs/scale.md "Lifecycle: draining any backlog"): the changes travel
 * as one JSON array, so a batch of 500 expired or purged demos costs one round trip and no per-row work
 * in Node.
 * @returns the new demo_events ids, in the order of `changes`.
 * @throws Error when two changes name the same organization; the database error otherwise (the
 *   caller's transaction then rolls back).
 */
export async function recordLifecycleChanges(tx: Prisma.TransactionClient, changes: LifecycleChange[]): Promise<bigint[]> {
  if (changes.length === 0) return [];
  if (new Set(changes.map((c) => c.organizationId)).size !== changes.length)
    throw new Error("recordLifecycleChanges: one change per organization");
  const rows = changes.map((c) => ({
    organizationId: c.organizationId,
    actor: c.actor,
    action: c.action,
    email: c.email,
    before: c.before ?? null,
    after: c.after ?? null,
    eventData: c.eventData ?? null,
    at: c.now.toISOString(),
    outbox: c.outbox ? { type: c.outbox.type, organizationId: c.outbox.organizationId ?? c.organizationId, data: c.outbox.data } : null,
  }));
  // Ids follow the order of `changes` (INSERT … SELECT … ORDER BY ord draws them in that order); the
  // outbox payload has the shape enqueueOutboxEvents writes (OutboxPayload).
  const events = await tx.$queryRaw<{ id: bigint }[]>`
    WITH input AS (
      SELECT c.ord, c.v, (c.v->>'organizationId')::uuid AS organization_id, (c.v->>'at')::timestamptz AS at
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) WITH ORDINALITY AS c(v, ord)),
    event AS (
      INSERT INTO demo_events (organization_id, type, actor, data, created_at)
      SELECT i.organization_id, i.v->>'action', i.v->>'actor', nullif(i.v->'eventData', 'null'::jsonb), i.at FROM input i ORDER BY i.ord
      RETURNING id, organization_id),
    audit AS (
      INSERT INTO audit_log (actor, action, organization_id, lead_email, before, after, created_at)
      SELECT i.v->>'actor', i.v->>'action', i.organization_id, i.v->>'email', nullif(i.v->'before', 'null'::jsonb),
             nullif(i.v->'after', 'null'::jsonb), i.at
      FROM input i ORDER BY i.ord),
    keyed AS (
      SELECT i.ord, i.v, e.id, (i.v->'outbox'->>'type') || ':' || i.organization_id || ':' || e.id AS key
      FROM input i JOIN event e ON e.organization_id = i.organization_id),
    outbox AS (
      INSERT INTO outbox_events (event_type, idempotency_key, payload)
      SELECT k.v->'outbox'->>'type', k.key,
             ${outboxPayloadSql({
               id: Sql.sql`k.key`,
               type: Sql.sql`k.v->'outbox'->'type'`,
               occurredAt: Sql.sql`k.v->'at'`,
               organizationId: Sql.sql`k.v->'outbox'->'organizationId'`,
               email: Sql.sql`k.v->'email'`,
               data: Sql.sql`k.v->'outbox'->'data'`,
             })}
      FROM keyed k WHERE k.v->'outbox' <> 'null'::jsonb ORDER BY k.ord
      ON CONFLICT (idempotency_key) DO NOTHING)
    SELECT k.id FROM keyed k ORDER BY k.ord`;
  if (events.length !== changes.length) throw new Error("recordLifecycleChanges: one change per organization");
  return events.map((e) => e.id);
}

/** `recordLifecycleChanges` for a single change. @returns its demo_events id. */
export async function recordLifecycleChange(tx: Prisma.TransactionClient, change: LifecycleChange): Promise<bigint> {
  const [id] = await recordLifecycleChanges(tx, [change]);
  return id!;
}
