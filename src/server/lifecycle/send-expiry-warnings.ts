import "server-only";
import { isLocale } from "@/lib/i18n";
import { prisma } from "@/server/db/client";
import { DAY_MS } from "@/server/demo/demo-policy";
import { expiryWarningEmail } from "@/server/mail/templates";
import { demoLoginUrl } from "./demo-login-url";
import { EXPIRY_WARNINGS, WARNINGS_PER_RUN } from "./lifecycle-policy";

type WarningKind = (typeof EXPIRY_WARNINGS)[number]["kind"];
import { queueNotificationEmail } from "./queue-notification-email";
import { sqlTimestamp } from "./sql-timestamp";
import { recordEvent } from "@/server/events/record-event";

export type ExpiryWarningsResult = { threeDay: number; oneDay: number };

/**
 * Queues a warning email for the prospects whose active demo expires within 3 days ("expiry_warning_3d")
 * or within 1 day ("expiry_warning_1d"; a demo already inside the last day gets only this one), each at
 * most once per demo (`queueNotificationEmail`), so overlapping or retried cron runs never send twice.
 * The lifecycle run's email step sends them (and retries them). An extension clears the warnings
 * already claimed (`extendDemo`), so the prospect is warned again before the new date. Each queued
 * warning adds a `demo_events` row "warning_sent" to the demo's timeline, in the same transaction.
 * @param options.now the run's instant; options.limit demos looked at (default WARNINGS_PER_RUN).
 * @returns how many warnings of each kind were queued now.
 */
export async function sendExpiryWarnings({
  now = new Date(),
  limit = WARNINGS_PER_RUN,
}: { now?: Date; limit?: number } = {}): Promise<ExpiryWarningsResult> {
  const [oneDay, threeDays] = EXPIRY_WARNINGS;
  const due = await prisma.$queryRaw<{ id: string; expires_at: Date; kind: WarningKind; email: string; locale: string | null }[]>`
    WITH candidates AS (
      SELECT o.id, o.demo_expires_at AS expires_at, coalesce(u.locale, o.locale) AS locale, u.email,
             CASE WHEN o.demo_expires_at <= ${sqlTimestamp(new Date(now.getTime() + oneDay.days * DAY_MS))} THEN ${oneDay.kind}::text ELSE ${threeDays.kind}::text END AS kind
      FROM organizations o
      JOIN users u ON u.organization_id = o.id AND u.role = 'ADMIN_PH'
      WHERE o.is_demo AND o.status = 'active' AND o.purged_at IS NULL
        AND o.demo_expires_at > ${sqlTimestamp(now)} AND o.demo_expires_at <= ${sqlTimestamp(new Date(now.getTime() + threeDays.days * DAY_MS))}
    )
    SELECT c.* FROM candidates c
    WHERE NOT EXISTS (SELECT 1 FROM demo_notifications n WHERE n.organization_id = c.id AND n.kind = c.kind)
    ORDER BY c.expires_at
    LIMIT ${limit}`;

  const result: ExpiryWarningsResult = { threeDay: 0, oneDay: 0 };
  for (const demo of due) {
    const days = demo.kind === oneDay.kind ? oneDay.days : threeDays.days;
    const locale = isLocale(demo.locale) ? demo.locale : "es";
    const rendered = expiryWarningEmail(locale, { loginUrl: demoLoginUrl(demo.email), expiresAt: demo.expires_at, days });
    const queued = await prisma.$transaction(async (tx) => {
      const id = await queueNotificationEmail(tx, {
        organizationId: demo.id,
        kind: demo.kind,
        now,
        email: {
          kind: demo.kind,
          to: demo.email,
          ...rendered,
          dedupeKey: `${demo.kind}:${demo.id}:${demo.expires_at.toISOString()}`,
        },
      });
      if (id === null) return false;
      await recordEvent(tx, { organizationId: demo.id, type: "warning_sent", actor: "cron", data: { kind: demo.kind } });
      return true;
    });
    if (!queued) continue;
    if (days === oneDay.days) result.oneDay += 1;
    else result.threeDay += 1;
  }
  return result;
}
