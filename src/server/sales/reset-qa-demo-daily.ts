import "server-only";
import { bogotaDate } from "@/lib/time-zone";
import { prisma } from "@/server/db/client";
import { resetDemo } from "@/server/demo/reset-demo";
import { QA_DEMO_EMAIL } from "@/server/demo/seed-platform";
import { sqlTimestamp } from "@/server/lifecycle/sql-timestamp";

/** Days a daily-reset claim is kept (only the current day's matters; older ones are tidied away). */
const CLAIMS_KEPT_DAYS = 7;

/**
 * The shared QA demo (`demo@assembly2.com`, docs/rules.md#sales-console) goes back to its scenario once per
 * Colombian day — the first lifecycle run of the day, just after midnight with the hourly cron (docs/sales.md#qa-demo)
 * — so every visitor and sales call starts from a known state. Idempotent per day, even with overlapping
 * runs: the run that inserts the day's claim (`demo_notifications` kind `qa_reset:<YYYY-MM-DD>`, its primary
 * key) resets; the others see the claim and skip. The reset itself is `resetDemo` with actor "cron": one
 * transaction with its audit row, `demo_events` "reset" and outbox `demo.reset`. If the reset fails the
 * claim is withdrawn, so the next run retries.
 * @param options.organizationId the demo to reset instead of the QA demo's (tests use a demo of their own).
 * @returns whether this run reset it, and the day it counted for.
 * @throws the reset's error (the lifecycle run logs it and carries on).
 */
export async function resetQaDemoDaily(options: { now?: Date; organizationId?: string } = {}): Promise<{ reset: boolean; day: string }> {
  const now = options.now ?? new Date();
  const day = bogotaDate(now);
  const organizationId =
    options.organizationId ??
    (await prisma.user.findUnique({ where: { email: QA_DEMO_EMAIL }, select: { organizationId: true } }))?.organizationId;
  if (!organizationId) return { reset: false, day };
  const kind = `qa_reset:${day}`;
  const claimed = await prisma.$queryRaw<{ kind: string }[]>`
    INSERT INTO demo_notifications (organization_id, kind, claimed_at) VALUES (${organizationId}::uuid, ${kind}, ${sqlTimestamp(now)})
    ON CONFLICT (organization_id, kind) DO NOTHING
    RETURNING kind`;
  if (claimed.length === 0) return { reset: false, day };
  try {
    await resetDemo({ organizationId, actor: "cron", reason: "nightly QA reset", now });
  } catch (error) {
    await prisma.demoNotification.deleteMany({ where: { organizationId, kind } });
    throw error;
  }
  const oldest = `qa_reset:${bogotaDate(new Date(now.getTime() - CLAIMS_KEPT_DAYS * 86_400_000))}`;
  await prisma.demoNotification.deleteMany({ where: { organizationId, kind: { startsWith: "qa_reset:", lt: oldest } } });
  return { reset: true, day };
}
