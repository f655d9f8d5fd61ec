import "server-only";
import { formatDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";

/**
 * The login-code email, in the recipient's locale: the 6-digit code (also in the subject) and the
 * one-click sign-in link of the same credential (`url`, from `createSignInLink`/`signInLinkUrl`).
 */
export function otpEmail(locale: Locale, { code, url }: { code: string; url: string }): { subject: string; text: string } {
  const t = getTranslator(locale, "email");
  return { subject: t("otpSubject", { code }), text: t("otpBody", { code, url }) };
}

/**
 * "Your demo is ready" (docs/rules.md#demo-request), in the request's locale: a greeting (by name when
 * known), the one-click sign-in link and the 6-digit code — two ways into the same single-use
 * credential, valid 10 minutes (`createSignInLink`) —, the plain login page for later (`loginUrl`), the
 * demo's organization name and its expiry date. The subject carries no number: the code is in the body
 * only.
 */
export function demoReadyEmail(
  locale: Locale,
  input: { loginUrl: string; signInUrl: string; code: string; expiresAt: Date; name?: string | null; organizationName: string },
): { subject: string; text: string } {
  const t = getTranslator(locale, "email");
  const greeting = input.name ? t("readyGreetingNamed", { name: input.name }) : t("readyGreeting");
  const body = t("readyBody", {
    organization: input.organizationName,
    signInUrl: input.signInUrl,
    code: input.code,
    url: input.loginUrl,
    date: formatDate(locale, input.expiresAt),
  });
  return { subject: t("readySubject"), text: `${greeting}\n\n${body}` };
}

/** The expiry warning sent `days` (3 or 1) before a demo expires, with the login link and the date. */
export function expiryWarningEmail(
  locale: Locale,
  { loginUrl, expiresAt, days }: { loginUrl: string; expiresAt: Date; days: number },
): { subject: string; text: string } {
  const t = getTranslator(locale, "lifecycleEmail");
  return { subject: t("warningSubject", { days }), text: t("warningBody", { url: loginUrl, date: formatDate(locale, expiresAt) }) };
}

/**
 * "Hot lead" for the sales inbox (docs/engagement.md#when-sales-hear-about-it): who the prospect is, the
 * demo's engagement score (0–100) and the console page of the demo.
 */
export function hotLeadEmail(
  locale: Locale,
  input: { email: string; name: string | null; organizationName: string; score: number; consoleUrl: string },
): { subject: string; text: string } {
  const t = getTranslator(locale, "engagementEmail");
  return {
    subject: t("hotLeadSubject", { email: input.email, score: input.score }),
    text: t("hotLeadBody", {
      email: input.email,
      name: input.name ?? "—",
      organization: input.organizationName,
      score: input.score,
      url: input.consoleUrl,
    }),
  };
}
