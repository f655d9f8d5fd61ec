import "server-only";
import { isLocale } from "@/lib/i18n";
import { prisma } from "@/server/db/client";
import { DAY_MS } from "@/server/demo/demo-policy";
import { sendMail } from "@/server/mail/send-mail";
import { expiryWarningEmail } from "@/server/mail/templates";
import { demoLoginUrl } from "./demo-login-url";
import { EXPIRY_WARNINGS, type NotificationKind, WARNINGS_PER_RUN } from "./lifecycle-policy";
import { sendNotificationOnce } from "./send-notification-once";
import { sqlTimestamp } from "./sql-timestamp";
import { recordEvent } from "@/server/events/record-event";

export type ExpiryWarningsResult = { threeDay: number; oneDay: number; failed: number };

/**
 * Emails the prospects whose active demo expires within 3 days ("expiry_warning_3d") or within 1 day
 * ("expiry_warning_1d"; a demo already inside the last day gets only this one), each at most once per
 * demo (`sendNotificationOnce`), so overlapping or retried cron runs never send twice. An extension
 * clears the warnings already sent (`extendDemo`), so the prospect is warned again before the new date.
 * Each sent warning adds a `demo_events` row "warning_sent" to the demo's timeline.
 * @param options.now the run's instant; options.limit demos looked at (default WARNINGS_PER_RUN).
 * @returns how many warnings of each kind were sent now, and how many failed (retried next run).
 */
export async function sendExpiryWarnings({
  now = new Date(),
  limit = WARNINGS_PER_RUN,
}: { now?: Date; limit?: number } = {}): Promise<ExpiryWarningsResult> {
  const [oneDay, threeDays] = EXPIRY_WARNINGS;
  const due = await prisma.$queryRaw<{ id: string; expires_at: Date; kind: NotificationKind; email: string; locale: string | null }[]>`
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

  const result: ExpiryWarningsResult = { threeDay: 0, oneDay: 0, failed: 0 };
  for (const demo of due) {
    const days = demo.kind === oneDay.kind ? oneDay.days : threeDays.days;
    const locale = isLocale(demo.locale) ? demo.locale : "es";
    const outcome = await sendNotificationOnce({
      organizationId: demo.id,
      kind: demo.kind,
      now,
      send: () =>
        sendMail({
          to: demo.email,
          ...expiryWarningEmail(locale, { loginUrl: demoLoginUrl(demo.email), expiresAt: demo.expires_at, days }),
        }),
    });
    if (outcome === "failed") result.failed += 1;
    if (outcome !== "sent") continue;
    if (days === oneDay.days) result.oneDay += 1;
    else result.threeDay += 1;
    await recordEvent(prisma, { organizationId: demo.id, type: "warning_sent", actor: "cron", data: { kind: demo.kind } });
  }
  return result;
}
