import "server-only";
import { isLocale, type Locale } from "@/lib/i18n";
import { prisma } from "@/server/db/client";
import { sendMail } from "@/server/mail/send-mail";
import { createSignInLink } from "@/server/auth/create-sign-in-link";
import { demoReadyEmail } from "@/server/mail/templates";
import { demoLoginUrl } from "./demo-login-url";
import { type NotificationOutcome, sendNotificationOnce } from "./send-notification-once";

/**
 * Sends "your demo is ready" for a new (or re-issued) demo, once (demo_notifications kind "ready"):
 * a one-click sign-in link and the 6-digit code (one fresh single-use credential, `createSignInLink`,
 * created when the email is rendered), the login page `${NEXTAUTH_URL}/login?email=…`, the
 * organization's name and the expiry date, in `locale` (default: the user's, then the organization's). Runs after the response (`after()`), so it never delays or fails the request.
 * @returns the outcome (see `sendNotificationOnce`); "skipped" too when the demo has no admin or no expiry.
 */
export async function sendReadyEmail({
  organizationId,
  locale,
}: {
  organizationId: string;
  locale?: Locale;
}): Promise<NotificationOutcome> {
  const organization = await prisma.organization.findUnique({
    where: { id: organizationId },
    select: {
      name: true,
      demoExpiresAt: true,
      locale: true,
      users: { where: { role: "ADMIN_PH" }, select: { email: true, name: true, locale: true }, take: 1 },
    },
  });
  const user = organization?.users[0];
  if (!organization?.demoExpiresAt || !user) return "skipped";
  const expiresAt = organization.demoExpiresAt;
  const chosen = locale ?? [user.locale, organization.locale].find(isLocale) ?? "es";
  return sendNotificationOnce({
    organizationId,
    kind: "ready",
    send: async () => {
      const signIn = await createSignInLink(prisma, user.email);
      const email = demoReadyEmail(chosen, {
        loginUrl: demoLoginUrl(user.email),
        signInUrl: signIn.url,
        code: signIn.code,
        expiresAt,
        name: user.name,
        organizationName: organization.name,
      });
      await sendMail({ to: user.email, ...email });
    },
  });
}
