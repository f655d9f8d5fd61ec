import "server-only";
import { prisma } from "@/server/db/client";
import { log } from "@/server/log";
import { NOTIFICATION_CLAIM_LEASE_MS, type NotificationKind } from "./lifecycle-policy";
import { sqlTimestamp } from "./sql-timestamp";

export type NotificationOutcome = "sent" | "skipped" | "failed";

/**
 * Sends a demo's lifecycle email at most once per (organization, kind), however many cron runs overlap
 * or retry (docs/rules.md#demo-lifecycle): it first CLAIMS the `demo_notifications` row — `INSERT … ON CONFLICT DO
 * NOTHING RETURNING`, so exactly one caller gets it — then sends, then sets `sent_at`. When sending
 * fails the claim is deleted, so a later run tries again. A claim left unsent for longer than
 * NOTIFICATION_CLAIM_LEASE_MS (the sender died mid-send) may be taken over by a later run.
 * @param send the email delivery; it throws when the SMTP server refuses.
 * @returns "sent"; "skipped" when someone else has it (sent or in flight); "failed" when `send` threw
 *   (logged, claim released — never rethrown, so one bad address does not stop a batch).
 */
export async function sendNotificationOnce({
  organizationId,
  kind,
  send,
  now = new Date(),
}: {
  organizationId: string;
  kind: NotificationKind;
  send: () => Promise<void>;
  now?: Date;
}): Promise<NotificationOutcome> {
  const staleBefore = new Date(now.getTime() - NOTIFICATION_CLAIM_LEASE_MS);
  const claimed = await prisma.$queryRaw<{ kind: string }[]>`
    INSERT INTO demo_notifications (organization_id, kind, claimed_at) VALUES (${organizationId}::uuid, ${kind}, ${sqlTimestamp(now)})
    ON CONFLICT (organization_id, kind) DO UPDATE SET claimed_at = EXCLUDED.claimed_at
      WHERE demo_notifications.sent_at IS NULL AND demo_notifications.claimed_at < ${sqlTimestamp(staleBefore)}
    RETURNING kind`;
  if (claimed.length === 0) return "skipped";
  try {
    await send();
  } catch (err) {
    await prisma.demoNotification.deleteMany({ where: { organizationId, kind, sentAt: null, claimedAt: now } });
    log.warn({ err, organizationId, kind }, "lifecycle email failed; claim released for a later run");
    return "failed";
  }
  await prisma.demoNotification.updateMany({ where: { organizationId, kind }, data: { sentAt: new Date() } });
  return "sent";
}
