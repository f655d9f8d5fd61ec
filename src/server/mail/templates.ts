import "server-only";
import { formatDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";

/** The login-code email, in the recipient's locale. */
export function otpEmail(locale: Locale, code: string): { subject: string; text: string } {
  const t = getTranslator(locale, "email");
  return { subject: t("otpSubject", { code }), text: t("otpBody", { code }) };
}

/**
 * "Your demo is ready" (docs/rules.md#demo-request), in the request's locale: the login link and the expiry date.
 * The subject carries no number, so tests and people looking for a 6-digit code never mistake it.
 */
export function demoReadyEmail(
  locale: Locale,
  { loginUrl, expiresAt }: { loginUrl: string; expiresAt: Date },
): { subject: string; text: string } {
  const t = getTranslator(locale, "email");
  return { subject: t("readySubject"), text: t("readyBody", { url: loginUrl, date: formatDate(locale, expiresAt) }) };
}

/** The expiry warning sent `days` (3 or 1) before a demo expires, with the login link and the date. */
export function expiryWarningEmail(
  locale: Locale,
  { loginUrl, expiresAt, days }: { loginUrl: string; expiresAt: Date; days: number },
): { subject: string; text: string } {
  const t = getTranslator(locale, "lifecycleEmail");
  return { subject: t("warningSubject", { days }), text: t("warningBody", { url: loginUrl, date: formatDate(locale, expiresAt) }) };
}
