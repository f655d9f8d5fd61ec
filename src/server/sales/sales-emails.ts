import "server-only";
import { formatDate } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { ContactRequestRow } from "./list-contact-requests";

/**
 * The email the sales inbox (SALES_EMAIL) receives for a "Hablar con ventas" request
 * (docs/sales.md#talk-to-sales), in Spanish — the sales team's language: who asked, from where, the
 * message, the phone and preferred time when given, and the console link of the demo (or of the lead list).
 */
export function salesContactEmail(
  input: Pick<ContactRequestRow, "email" | "name" | "phone" | "preferredTime" | "message" | "source" | "organizationName"> & {
    consoleUrl: string;
  },
): { subject: string; text: string } {
  const t = getTranslator("es", "salesEmail");
  const lines = [
    t("contactIntro", { who: input.name ? `${input.name} <${input.email}>` : input.email }),
    "",
    t("contactSource", { source: t(`source_${input.source as "chatbot"}`) }),
    input.organizationName ? t("contactDemo", { name: input.organizationName }) : t("contactNoDemo"),
    t("contactPhone", { phone: input.phone ?? t("notGiven") }),
    t("contactTime", { time: input.preferredTime ? t(`time_${input.preferredTime as "any"}`) : t("notGiven") }),
    "",
    t("contactMessage"),
    input.message,
    "",
    t("contactConsole", { url: input.consoleUrl }),
  ];
  return { subject: t("contactSubject", { email: input.email }), text: lines.join("\n") };
}

/**
 * The invitation to a demo that sales created for a named prospect (docs/sales.md#sales-created-demo), in `locale`:
 * like "your demo is ready" — a one-click sign-in link and the 6-digit code of one fresh credential
 * (valid 10 minutes), the login page for later, the demo's name and expiry — but introduced as
 * prepared by the sales team.
 */
export function salesInvitationEmail(
  locale: Locale,
  input: { loginUrl: string; signInUrl: string; code: string; expiresAt: Date; name?: string | null; organizationName: string },
): { subject: string; text: string } {
  const t = getTranslator(locale, "salesEmail");
  const { name, organizationName: organization, signInUrl, code, loginUrl: url } = input;
  const greeting = name ? t("inviteGreetingNamed", { name }) : t("inviteGreeting");
  const body = t("inviteBody", { organization, signInUrl, code, url, date: formatDate(locale, input.expiresAt) });
  return { subject: t("inviteSubject"), text: `${greeting}\n\n${body}` };
}
