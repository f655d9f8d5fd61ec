import "server-only";
import { env } from "@/env";
import { prisma } from "@/server/db/client";
import { Prisma } from "@/server/db/generated/client";
import { enqueueOutboxEvents } from "@/server/lifecycle/enqueue-outbox-events";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { hotLeadEmail } from "@/server/mail/templates";
import { ENGAGEMENT_THRESHOLDS, engagementLateralSql } from "./score";

/**
 * What one scoring step did: thresholds newly crossed now, per level (`warm`, `hot`; each sent to the
 * CRM as `lead.scored`), and the hot-lead emails queued for sales now (`emails`).
 */
export type EngagementThresholdsResult = { warm: number; hot: number; emails: number };

type CrossedRow = {
  organization_id: string;
  level: "warm" | "hot";
  score: number;
  email: string | null;
  name: string | null;
  organization_name: string;
};

/**
 * The lifecycle run's scoring step (docs/engagement.md#when-sales-hear-about-it): scores every active
 * per-email demo that has not yet crossed every threshold, in ONE set-based statement, and records each
 * threshold (warm 40, hot 70 — `ENGAGEMENT_THRESHOLDS`) a demo has now reached in
 * `engagement_thresholds`, whose primary key (organization, level) makes it happen once per threshold
 * per demo however many runs overlap. In the same transaction, each new crossing enqueues a
 * `lead.scored` CRM event (`{ level, score, threshold }`, key `lead.scored:<organizationId>:<level>`)
 * and each new `hot` one queues a "hot lead" email to SALES_EMAIL (dedupe key
 * `hot_lead:<organizationId>`), which the run's email step then sends. A score that later drops is not
 * "uncrossed": sales heard once.
 * @param options.now the run's instant; options.organizationIds limit the run to these demos.
 * @returns how many thresholds of each level were crossed now and the emails queued.
 */
export async function recordEngagementThresholds({
  now = new Date(),
  organizationIds,
}: { now?: Date; organizationIds?: string[] } = {}): Promise<EngagementThresholdsResult> {
  const thresholds = Prisma.join(ENGAGEMENT_THRESHOLDS.map((t) => Prisma.sql`(${t.level}::text, ${t.score}::int)`));
  const top = ENGAGEMENT_THRESHOLDS[ENGAGEMENT_THRESHOLDS.length - 1]!.level;
  const only = organizationIds ? Prisma.sql`AND o.id = ANY(${organizationIds}::uuid[])` : Prisma.empty;
  return prisma.$transaction(
    async (tx) => {
      const crossed = await tx.$queryRaw<CrossedRow[]>(Prisma.sql`
        WITH scored AS (
          SELECT o.id, eng.score FROM organizations o
          CROSS JOIN LATERAL (${engagementLateralSql(Prisma.sql`o.id`)}) eng
          WHERE o.is_demo AND o.demo_expires_at IS NOT NULL AND o.status = 'active' AND o.purged_at IS NULL
            AND o.demo_expires_at > ${sqlTimestamp(now)} ${only}
            AND NOT EXISTS (SELECT 1 FROM engagement_thresholds t WHERE t.organization_id = o.id AND t.level = ${top})
        ), inserted AS (
          INSERT INTO engagement_thresholds (organization_id, level, score, crossed_at)
          SELECT s.id, t.level, s.score, ${sqlTimestamp(now)} FROM scored s JOIN (VALUES ${thresholds}) AS t(level, min_score) ON s.score >= t.min_score
          ON CONFLICT (organization_id, level) DO NOTHING
          RETURNING organization_id, level, score
        )
        SELECT i.organization_id::text AS organization_id, i.level, i.score, u.email, u.name, o.name AS organization_name
        FROM inserted i JOIN organizations o ON o.id = i.organization_id
        LEFT JOIN LATERAL (SELECT email, name FROM users WHERE organization_id = i.organization_id AND role = 'ADMIN_PH' ORDER BY created_at LIMIT 1) u ON TRUE
        ORDER BY i.organization_id, i.score`);

      await enqueueOutboxEvents(
        tx,
        crossed.map((c) => ({
          type: "lead.scored" as const,
          idempotencyKey: `lead.scored:${c.organization_id}:${c.level}`,
          occurredAt: now,
          organizationId: c.organization_id,
          email: c.email,
          data: {
            level: c.level,
            score: c.score,
            threshold: ENGAGEMENT_THRESHOLDS.find((t) => t.level === c.level)!.score,
          },
        })),
      );
      let emails = 0;
      for (const c of crossed.filter((row) => row.level === "hot")) {
        const rendered = hotLeadEmail("es", {
          email: c.email ?? "—",
          name: c.name,
          organizationName: c.organization_name,
          score: c.score,
          consoleUrl: `${env.NEXTAUTH_URL.replace(/\/+$/, "")}/admin/demos/${c.organization_id}`,
        });
        const id = await enqueueEmail(tx, {
          kind: "hot_lead",
          to: env.SALES_EMAIL,
          ...rendered,
          dedupeKey: `hot_lead:${c.organization_id}`,
          organizationId: c.organization_id,
          dueAt: now,
        });
        if (id !== null) emails += 1;
      }
      return {
        warm: crossed.filter((c) => c.level === "warm").length,
        hot: crossed.filter((c) => c.level === "hot").length,
        emails,
      };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
