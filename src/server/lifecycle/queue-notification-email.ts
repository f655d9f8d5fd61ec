import "server-only";
import type { Prisma } from "@/server/db/client";
import { type EmailInput, enqueueEmail } from "@/server/mail/enqueue-email";
import { type NotificationKind } from "./lifecycle-policy";
import { sqlTimestamp } from "./sql-timestamp";

/**
 * Queues a demo's lifecycle email at most once per (organization, kind), however many requests or cron
 * runs overlap: inside the caller's transaction it CLAIMS the `demo_notifications` row — `INSERT … ON
 * CONFLICT DO NOTHING RETURNING`, so exactly one transaction gets it — and writes the email to the
 * durable queue (`enqueueEmail`), which sets the row's `sent_at` when the email goes out and retries it
 * until then. A claim is never released: the queued email is the promise that it will be sent.
 * @returns the queued email's id, or null when the notification was already claimed (nothing written).
 */
export async function queueNotificationEmail(
  tx: Prisma.TransactionClient,
  {
    organizationId,
    kind,
    email,
    now,
  }: { organizationId: string; kind: NotificationKind; email: Omit<EmailInput, "organizationId" | "notificationKind">; now: Date },
): Promise<bigint | null> {
  const claimed = await tx.$queryRaw<{ kind: string }[]>`
    INSERT INTO demo_notifications (organization_id, kind, claimed_at) VALUES (${organizationId}::uuid, ${kind}, ${sqlTimestamp(now)})
    ON CONFLICT (organization_id, kind) DO NOTHING
    RETURNING kind`;
  if (claimed.length === 0) return null;
  return enqueueEmail(tx, { dueAt: now, ...email, organizationId, notificationKind: kind });
}
