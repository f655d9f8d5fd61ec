import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";
import { deleteDemoContent } from "@/server/demo/delete-demo-content";
import { PURGES_PER_RUN, retentionCutoff } from "./lifecycle-policy";
import { recordLifecycleChange } from "./record-lifecycle-changes";
import { sqlTimestamp } from "./sql-timestamp";

export type PurgeDemoDataResult = { purged: number; rowsDeleted: number };

/**
 * Retention (docs/rules.md#demo-lifecycle): demos expired or terminated more than `retentionDays` ago
 * (DEMO_RETENTION_DAYS, default 30) lose their product data. One demo per transaction — the batch —
 * claimed with `FOR UPDATE SKIP LOCKED` (concurrent runs take different demos), bound to that
 * organization for row-level security, then `purged_at` set and the purge audited (actor "cron").
 * The organization row (the demo's summary for analytics), its user (so "one demo per email" still
 * holds), its lead, events and audit log stay. Converted demos and the shared QA demo are never purged.
 * Idempotent: a purged demo has `purged_at` and is not looked at again.
 * @returns how many demos were purged now and how many product rows went with them.
 */
export async function purgeDemoData({
  now = new Date(),
  retentionDays = env.DEMO_RETENTION_DAYS,
  limit = PURGES_PER_RUN,
}: { now?: Date; retentionDays?: number; limit?: number } = {}): Promise<PurgeDemoDataResult> {
  const cutoff = retentionCutoff(now, retentionDays);
  const result: PurgeDemoDataResult = { purged: 0, rowsDeleted: 0 };
  while (result.purged < limit) {
    const done = await prisma.$transaction(
      async (tx) => {
        const [demo] = await tx.$queryRaw<{ id: string; status: string; ended_at: Date; email: string | null }[]>`
          SELECT o.id, o.status::text AS status,
                 CASE WHEN o.status = 'terminated' THEN o.terminated_at ELSE coalesce(o.expired_at, o.demo_expires_at) END AS ended_at,
                 (SELECT u.email FROM users u WHERE u.organization_id = o.id ORDER BY u.created_at LIMIT 1) AS email
          FROM organizations o
          WHERE o.is_demo AND o.purged_at IS NULL AND o.demo_expires_at IS NOT NULL
            AND ((o.status = 'expired' AND coalesce(o.expired_at, o.demo_expires_at) < ${sqlTimestamp(cutoff)})
              OR (o.status = 'terminated' AND o.terminated_at < ${sqlTimestamp(cutoff)}))
          ORDER BY o.id
          LIMIT 1
          FOR UPDATE OF o SKIP LOCKED`;
        if (!demo) return null;
        const rows = await deleteDemoContent(tx, demo.id);
        await tx.organization.update({ where: { id: demo.id }, data: { purgedAt: now }, select: { id: true } });
        await recordLifecycleChange(tx, {
          organizationId: demo.id,
          actor: "cron",
          action: "purged",
          email: demo.email,
          before: { status: demo.status, endedAt: demo.ended_at.toISOString(), purgedAt: null },
          after: { status: demo.status, purgedAt: now.toISOString(), rowsDeleted: rows },
          eventData: { retentionDays, rows },
          now,
        });
        return Object.values(rows).reduce((sum, n) => sum + n, 0);
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    if (done === null) break;
    result.purged += 1;
    result.rowsDeleted += done;
  }
  return result;
}
