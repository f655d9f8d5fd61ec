import "server-only";
import { getTranslator, type Locale } from "@/lib/i18n";

/** The login-code email, in the recipient's locale. */
export function otpEmail(locale: Locale, code: string): { subject: string; text: string } {
  const t = getTranslator(locale, "email");
  return { subject: t("otpSubject", { code }), text: t("otpBody", { code }) };
}
