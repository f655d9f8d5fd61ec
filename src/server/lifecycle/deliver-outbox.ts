import "server-only";
import { createHmac } from "node:crypto";
import { prisma } from "@/server/db/client";
import { OUTBOX_EVENTS_PER_RUN, OUTBOX_LEASE_MS, OUTBOX_REQUEST_TIMEOUT_MS, outboxBackoffMs } from "./lifecycle-policy";
import { sqlTimestamp } from "./sql-timestamp";

export type DeliverOutboxResult = { delivered: number; failed: number };

type ClaimedEvent = { id: bigint; event_type: string; payload: unknown; idempotency_key: string; attempts: number };

/** Events claimed per round; one round never holds two events of the same prospect. */
const ROUND_SIZE = 20;

/**
 * `X-Assembly-Signature` of a webhook body: `sha256=` + the hex HMAC-SHA256 of the raw body with the
 * shared secret. Receivers recompute it over the bytes they got and compare in constant time.
 */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * Delivers the transactional outbox to the CRM webhook (docs/rules.md#demo-lifecycle), at least once: each due event is
 * POSTed as JSON (its stored payload) with `X-Assembly-Signature` (see `signWebhookBody`),
 * `X-Assembly-Event` (the type) and `Idempotency-Key`. A 2xx sets `delivered_at`; anything else (or a
 * timeout, OUTBOX_REQUEST_TIMEOUT_MS) adds an attempt, records `last_error` and reschedules it after
 * `outboxBackoffMs` (exponential, capped at 6 h, jittered). Events never give up.
 * Order: creation order, per prospect (payload `email`) — an event waits while an earlier event of the
 * same prospect is undelivered, so a CRM sees demo.created before demo.extended; one failing prospect
 * does not hold back the others. Concurrent runs are safe: events are claimed with `FOR UPDATE SKIP
 * LOCKED` and leased for OUTBOX_LEASE_MS (a claimed event is not due for anyone else), so no event is
 * sent twice unless a run dies mid-delivery (then it is retried after the lease: at least once).
 * @param options.url the endpoint (CRM_WEBHOOK_URL); options.secret the HMAC key (CRM_WEBHOOK_SECRET).
 * @param options.now the run's clock (due = `next_attempt_at <= now`); options.limit events per run.
 * @returns how many events were delivered and how many attempts failed in this run.
 */
export async function deliverOutbox({
  url,
  secret,
  now = new Date(),
  limit = OUTBOX_EVENTS_PER_RUN,
  timeoutMs = OUTBOX_REQUEST_TIMEOUT_MS,
}: {
  url: string;
  secret: string;
  now?: Date;
  limit?: number;
  timeoutMs?: number;
}): Promise<DeliverOutboxResult> {
  const result: DeliverOutboxResult = { delivered: 0, failed: 0 };
  for (;;) {
    const room = limit - result.delivered - result.failed;
    if (room <= 0) break;
    const batch = await claimDueEvents(now, Math.min(ROUND_SIZE, room));
    if (batch.length === 0) break;
    const outcomes = await Promise.all(batch.map((event) => deliverOne(event, { url, secret, now, timeoutMs })));
    for (const ok of outcomes) {
      if (ok) result.delivered += 1;
      else result.failed += 1;
    }
  }
  return result;
}

/** Claims up to `size` due events (the oldest undelivered one of each prospect) by leasing them. */
async function claimDueEvents(now: Date, size: number): Promise<ClaimedEvent[]> {
  const rows = await prisma.$queryRaw<ClaimedEvent[]>`
    WITH due AS (
      SELECT e.id FROM outbox_events e
      WHERE e.delivered_at IS NULL AND e.next_attempt_at <= ${sqlTimestamp(now)}
        AND NOT EXISTS (
          SELECT 1 FROM outbox_events p
          WHERE p.delivered_at IS NULL AND p.id < e.id AND p.payload->>'email' = e.payload->>'email')
      ORDER BY e.id
      LIMIT ${size}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox_events o SET next_attempt_at = ${sqlTimestamp(new Date(now.getTime() + OUTBOX_LEASE_MS))}
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.event_type, o.payload, o.idempotency_key, o.attempts`;
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** POSTs one event and records the outcome. @returns true when the receiver answered 2xx. */
async function deliverOne(event: ClaimedEvent, opts: { url: string; secret: string; now: Date; timeoutMs: number }): Promise<boolean> {
  const body = JSON.stringify(event.payload);
  let error: string | null;
  try {
    const response = await fetch(opts.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "AssemblyDemo-Webhook/1",
        "x-assembly-signature": signWebhookBody(body, opts.secret),
        "x-assembly-event": event.event_type,
        "idempotency-key": event.idempotency_key,
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
    await response.body?.cancel();
    error = response.ok ? null : `HTTP ${response.status}`;
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? ` (${err.cause.message})` : "";
    error = err instanceof Error ? `${err.name}: ${err.message}${cause}` : String(err);
  }
  if (error === null) {
    await prisma.outboxEvent.update({ where: { id: event.id }, data: { deliveredAt: opts.now, lastError: null }, select: { id: true } });
    return true;
  }
  const attempts = event.attempts + 1;
  await prisma.outboxEvent.update({
    where: { id: event.id },
    data: { attempts, lastError: error.slice(0, 500), nextAttemptAt: new Date(opts.now.getTime() + outboxBackoffMs(attempts)) },
    select: { id: true },
  });
  return false;
}
