import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";
import { recordLifecycleChanges } from "@/server/lifecycle/record-lifecycle-changes";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";

/**
 * Time a batch's transaction may take (ms). Prisma's default (5 s) is too short for a batch of 500 with
 * its events, audit rows and outbox events on a loaded machine (`npm run bench`: 6–7 s), and a batch
 * that times out is rolled back whole and the run fails.
 */
const EXPIRE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

export type ExpireDemosResult = { expired: number; batches: number };

/**
 * Marks every active demo whose `demo_expires_at` has passed as `expired` and records it per demo in
 * the same transaction (docs/rules.md#demo-lifecycle): a `demo_events` row and an `audit_log` row
 * ("expired", actor "cron") and a `demo.expired` outbox event. Works in batches of
 * EXPIRE_BATCH_SIZE (default 500), each its own transaction with `FOR UPDATE SKIP LOCKED`, so two
 * concurrent runs never mark or log the same demo twice; running it again finds nothing (idempotent).
 * Access is denied from the moment of expiry whether or not this has run (`isOrganizationExpired`).
 * @returns how many demos were marked now and in how many batches.
 */
export async function expireDemos(opts: { now?: Date; batchSize?: number } = {}): Promise<ExpireDemosResult> {
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? env.EXPIRE_BATCH_SIZE;
  let expired = 0;
  let batches = 0;
  for (;;) {
    const ids = await prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string; demo_expires_at: Date; email: string | null }[]>`
        WITH due AS (
          SELECT id FROM organizations
          WHERE is_demo AND status = 'active' AND demo_expires_at <= ${sqlTimestamp(now)}
          ORDER BY demo_expires_at
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE organizations o SET status = 'expired', expired_at = ${sqlTimestamp(now)}, updated_at = ${sqlTimestamp(now)}
        FROM due WHERE o.id = due.id
        RETURNING o.id, o.demo_expires_at,
          (SELECT u.email FROM users u WHERE u.organization_id = o.id ORDER BY u.created_at LIMIT 1) AS email`;
      await recordLifecycleChanges(
        tx,
        rows.map((r) => ({
          organizationId: r.id,
          actor: "cron",
          action: "expired" as const,
          email: r.email,
          before: { status: "active", expiredAt: null },
          after: { status: "expired", expiredAt: now.toISOString() },
          outbox: { type: "demo.expired" as const, data: { demoExpiresAt: r.demo_expires_at.toISOString(), expiredAt: now.toISOString() } },
          now,
        })),
      );
      return rows.map((r) => r.id);
    }, EXPIRE_TRANSACTION);
    if (ids.length === 0) break;
    expired += ids.length;
    batches += 1;
    if (ids.length < batchSize) break;
  }
  return { expired, batches };
}
