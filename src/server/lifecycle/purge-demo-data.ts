import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";
import { bindTenant } from "@/server/db/tenant";
import type { SeedCounts } from "@/server/scenarios/seed-scenario";
import { PURGE_BATCH_SIZE, PURGE_BUDGET_MS, PURGE_CONCURRENCY, retentionCutoff } from "./lifecycle-policy";
import { recordLifecycleChanges } from "./record-lifecycle-changes";
import { sqlTimestamp } from "./sql-timestamp";

export type PurgeDemoDataResult = { purged: number; rowsDeleted: number; batches: number };

/** Bound for the purge's transactions: no tenant (the purge function reaches marked demos only). */
const NO_TENANT = "00000000-0000-0000-0000-000000000000";

/**
 * Retention (docs/rules.md#demo-lifecycle; docs/scale.md "Lifecycle"): demos that ended more than
 * `retentionDays` ago (DEMO_RETENTION_DAYS, default 30) lose their product data. An expired or
 * terminated demo ended at `demo_expires_at` — whether or not (or however late) a run marked it expired
 * (docs/security.md "Retention") — or, terminated earlier, at `terminated_at`. Converted demos and the
 * shared QA demo (no expiry) are never purged.
 * Set-based, in batches of `batchSize` demos, each one transaction: the batch is found through the
 * index on (purged_at, demo_expires_at) — purged demos sort apart, so the cost per demo does not grow
 * with how many were purged before — claimed with `FOR UPDATE SKIP LOCKED` (concurrent runs take
 * different demos) and marked `purged_at` in the same statement; then `purge_demo_content` deletes
 * their product rows, one DELETE per table, as a role that can only reach demos marked purged; then one
 * "purged" `demo_events` row and `audit_log` row per demo (actor "cron"), in one statement. The
 * organization row (the demo's summary), its user, lead, events and audit log stay. `concurrency`
 * batches run at once on their own connections (PURGE_CONCURRENCY, at most DATABASE_POOL_MAX), each
 * looping until nothing is due or `budgetMs` has passed (the rest waits for the next run). Idempotent.
 * @returns demos purged now, product rows deleted with them, and batches.
 */
export async function purgeDemoData({
  now = new Date(),
  retentionDays = env.DEMO_RETENTION_DAYS,
  batchSize = PURGE_BATCH_SIZE,
  budgetMs = PURGE_BUDGET_MS,
  concurrency = Math.min(PURGE_CONCURRENCY, env.DATABASE_POOL_MAX),
}: { now?: Date; retentionDays?: number; batchSize?: number; budgetMs?: number; concurrency?: number } = {}): Promise<PurgeDemoDataResult> {
  const cutoff = sqlTimestamp(retentionCutoff(now, retentionDays));
  const started = performance.now();
  const result: PurgeDemoDataResult = { purged: 0, rowsDeleted: 0, batches: 0 };
  // Each worker claims its own batches (SKIP LOCKED) until it finds fewer than a full batch due.
  const worker = async (): Promise<void> => {
    while (performance.now() - started < budgetMs) {
      const done = await prisma.$transaction(
        async (tx) => {
          await bindTenant(tx, NO_TENANT);
          // Idempotent and re-runnable: a batch lost to a crash right after its commit is purged again by the
          // next run (its purged_at, deletes and audit rows are one transaction, lost or kept together), so
          // its commit need not wait for the WAL flush.
          await tx.$executeRaw`SET LOCAL synchronous_commit = off`;
          const demos = await tx.$queryRaw<{ id: string; status: string; ended_at: Date; email: string | null }[]>`
            WITH by_expiry AS (
              SELECT o.id FROM organizations o
              WHERE o.purged_at IS NULL AND o.demo_expires_at < ${cutoff} AND o.is_demo AND o.status IN ('active', 'expired', 'terminated')
              ORDER BY o.demo_expires_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
            by_termination AS (
              SELECT o.id FROM organizations o
              WHERE o.is_demo AND o.status = 'terminated' AND o.purged_at IS NULL AND o.terminated_at < ${cutoff}
              ORDER BY o.terminated_at LIMIT ${batchSize} FOR UPDATE SKIP LOCKED),
            due AS (SELECT id FROM by_expiry UNION SELECT id FROM by_termination)
            UPDATE organizations o SET purged_at = ${sqlTimestamp(now)}
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.status::text AS status,
              CASE WHEN o.status = 'terminated' THEN least(o.terminated_at, o.demo_expires_at) ELSE o.demo_expires_at END AS ended_at,
              (SELECT u.email FROM users u WHERE u.organization_id = o.id ORDER BY u.created_at LIMIT 1) AS email`;
          if (demos.length === 0) return null;
          const deleted = await tx.$queryRaw<{ organization_id: string; rows: SeedCounts }[]>`
            SELECT organization_id, rows FROM purge_demo_content(${demos.map((d) => d.id)}::uuid[])`;
          const rowsByDemo = new Map(deleted.map((d) => [d.organization_id, d.rows]));
          await recordLifecycleChanges(
            tx,
            demos.map((demo) => {
              const rows = rowsByDemo.get(demo.id)!;
              return {
                organizationId: demo.id,
                actor: "cron",
                action: "purged" as const,
                email: demo.email,
                before: { status: demo.status, endedAt: demo.ended_at.toISOString(), purgedAt: null },
                after: { status: demo.status, purgedAt: now.toISOString(), rowsDeleted: rows },
                eventData: { retentionDays, rows },
                now,
              };
            }),
          );
          return { demos: demos.length, rows: deleted.reduce((sum, d) => sum + Object.values(d.rows).reduce((a, b) => a + b, 0), 0) };
        },
        { maxWait: 10_000, timeout: 120_000 },
      );
      if (done === null) break;
      result.purged += done.demos;
      result.rowsDeleted += done.rows;
      result.batches += 1;
      if (done.demos < batchSize) break;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return result;
}
