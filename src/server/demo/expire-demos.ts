import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";

export type ExpireDemosResult = { expired: number; batches: number };

/**
 * Marks every active demo whose `demo_expires_at` has passed as `expired` and records one
 * `demo_events` row ("expired", actor "cron") per demo (DESIGN.md §6). Works in batches of
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
      const rows = await tx.$queryRaw<{ id: string }[]>`
        WITH due AS (
          SELECT id FROM organizations
          WHERE is_demo AND status = 'active' AND demo_expires_at <= ${now}
          ORDER BY demo_expires_at
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE organizations o SET status = 'expired', expired_at = ${now}, updated_at = ${now}
        FROM due WHERE o.id = due.id
        RETURNING o.id`;
      if (rows.length > 0) {
        await tx.demoEvent.createMany({ data: rows.map((r) => ({ organizationId: r.id, type: "expired", actor: "cron", createdAt: now })) });
      }
      return rows.map((r) => r.id);
    });
    if (ids.length === 0) break;
    expired += ids.length;
    batches += 1;
    if (ids.length < batchSize) break;
  }
  return { expired, batches };
}
