import "server-only";
import type { Prisma } from "@/server/db/client";
import { Prisma as Sql } from "@/server/db/generated/client";

/** The lifecycle events a CRM webhook receives (docs/rules.md#demo-lifecycle). */
export type OutboxEventType =
  | "lead.captured"
  | "lead.erased"
  | "demo.created"
  | "demo.extended"
  | "demo.terminated"
  | "demo.expired"
  | "demo.reset"
  | "demo.reissued"
  | "demo.converted"
  /** A prospect asked to talk to sales (docs/sales.md#talk-to-sales). */
  | "lead.contact_requested"
  // A demo's engagement score crossed a threshold (docs/engagement.md): `data` { level, score, threshold }.
  | "lead.scored";

/** One event to enqueue. `email` (the prospect's) also orders delivery: one person's events arrive in order. */
export type OutboxEventInput = {
  type: OutboxEventType;
  /** Unique per change, e.g. `demo.extended:<organizationId>:<demo_events id>`; the receiver drops repeats by it. */
  idempotencyKey: string;
  occurredAt: Date;
  organizationId: string | null;
  email: string | null;
  data: Prisma.InputJsonObject;
};

/**
 * The JSON body the webhook receives, stored as is in `outbox_events.payload`:
 * `{ id: <idempotency key>, type, occurredAt: ISO-8601, organizationId, email, data }`.
 */
export type OutboxPayload = {
  id: string;
  type: OutboxEventType;
  occurredAt: string;
  organizationId: string | null;
  email: string | null;
  data: Prisma.InputJsonObject;
};

/**
 * Inserts events into the transactional outbox with the caller's client — pass the transaction that
 * makes the change, so the event exists exactly when the change commits. A repeated idempotency key is
 * skipped (`ON CONFLICT DO NOTHING`), which makes enqueueing retry-safe.
 * @returns how many events were new.
 */
export async function enqueueOutboxEvents(db: Pick<Prisma.TransactionClient, "outboxEvent">, events: OutboxEventInput[]): Promise<number> {
  if (events.length === 0) return 0;
  const { count } = await db.outboxEvent.createMany({
    data: events.map((event) => {
      const payload: OutboxPayload = {
        id: event.idempotencyKey,
        type: event.type,
        occurredAt: event.occurredAt.toISOString(),
        organizationId: event.organizationId,
        email: event.email,
        data: event.data,
      };
      return { eventType: event.type, idempotencyKey: event.idempotencyKey, payload };
    }),
    skipDuplicates: true,
  });
  return count;
}

/**
 * The same `OutboxPayload` as SQL, for the statements that queue their events inside one statement
 * (provisioning, the demo request, lifecycle changes) instead of through `enqueueOutboxEvents`. Each
 * field is an SQL expression (text, except `data`: jsonb); the key is also the payload's `id`.
 * @returns a `jsonb_build_object(…)` fragment.
 */
export function outboxPayloadSql(payload: Record<keyof OutboxPayload, Sql.Sql>): Sql.Sql {
  return Sql.sql`jsonb_build_object('id', ${payload.id}, 'type', ${payload.type}, 'occurredAt', ${payload.occurredAt},
    'organizationId', ${payload.organizationId}, 'email', ${payload.email}, 'data', ${payload.data})`;
}

/**
 * The outbox insert of a one-statement writer that queues events of one known `type` (provisioning, the
 * demo request): `INSERT INTO outbox_events … SELECT … ON CONFLICT (idempotency_key) DO NOTHING`, one
 * event per row of `from`, keyed `<type>:<key>` (also the payload's `id`), so a repeat is skipped.
 * @param event.from the rows' source (`FROM event e`), whose columns `key` and the fields may use.
 * @param event.key SQL text that makes the row's key unique after `<type>:` (e.g. the organization and event ids).
 * @param event the payload's other fields as SQL expressions (text; `data` jsonb).
 * @returns a statement to place in a `WITH … AS (…)` clause.
 */
export function outboxInsertSql(
  type: OutboxEventType,
  event: { from: Sql.Sql; key: Sql.Sql } & Omit<Record<keyof OutboxPayload, Sql.Sql>, "id" | "type">,
): Sql.Sql {
  // Inlined, not a parameter: the type is one of the fixed names above, checked when compiling.
  const typeSql = Sql.raw(`'${type}'`);
  const { from, key, ...fields } = event;
  return Sql.sql`INSERT INTO outbox_events (event_type, idempotency_key, payload)
      SELECT ${typeSql}, k.key, ${outboxPayloadSql({ id: Sql.sql`k.key`, type: typeSql, ...fields })}
      ${from} CROSS JOIN LATERAL (SELECT ${typeSql} || ':' || ${key} AS key) k
      ON CONFLICT (idempotency_key) DO NOTHING`;
}
