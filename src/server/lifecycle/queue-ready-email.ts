import "server-only";
import type { Locale } from "@/lib/i18n";
import type { Prisma } from "@/server/db/client";
import { createSignInLink } from "@/server/auth/create-sign-in-link";
import { demoReadyEmail } from "@/server/mail/templates";
import { demoLoginUrl } from "./demo-login-url";
import { queueNotificationEmail } from "./queue-notification-email";

/**
 * Queues "your demo is ready" for a new (or re-issued) demo, once (demo_notifications kind "ready"), in
 * the transaction that creates the demo: a one-click sign-in link and the 6-digit code (one fresh
 * single-use credential, `createSignInLink`, written in the same transaction), the login page
 * `${NEXTAUTH_URL}/login?email=…`, the person's name, the organization's name and the expiry date, in
 * `locale`. The caller attempts it right after its response (`deliverEmailsAfterResponse`);
 * the lifecycle run retries it until sent. Marked sensitive: the message may carry a sign-in link.
 * @returns the queued email's id, or null when this demo's "ready" email was already queued.
 */
export async function queueReadyEmail(
  tx: Prisma.TransactionClient,
  { organizationId, email, locale, expiresAt, now }: { organizationId: string; email: string; locale: Locale; expiresAt: Date; now: Date },
): Promise<bigint | null> {
  const organization = await tx.organization.findUnique({
    where: { id: organizationId },
    select: { name: true, users: { where: { role: "ADMIN_PH" }, select: { name: true }, take: 1 } },
  });
  const signIn = await createSignInLink(tx, email, { now });
  const rendered = demoReadyEmail(locale, {
    loginUrl: demoLoginUrl(email),
    signInUrl: signIn.url,
    code: signIn.code,
    expiresAt,
    name: organization?.users[0]?.name,
    organizationName: organization?.name ?? "",
  });
  return queueNotificationEmail(tx, {
    organizationId,
    kind: "ready",
    now,
    email: { kind: "demo_ready", to: email, ...rendered, dedupeKey: `demo_ready:${organizationId}`, sensitive: true },
  });
}
