import type { ReactNode } from "react";
import { IntlProvider } from "@/components/intl-provider";
import { type Locale, type Namespace, pickMessages } from "@/lib/i18n";

/** What the dashboard's units, residents and settings forms read: their pages pass it as `namespaces`. */
export const FORM_NAMESPACES: readonly Namespace[] = [
  "common",
  "forms",
  "errors",
  "api",
  "dashboard",
  "units",
  "residentForm",
  "settingsPage",
];

/**
 * The one intl wrapper for client components. Dashboard pages pass the organization's locale
 * (`renderDemoPage`), so their forms speak the language of the server-rendered text around them.
 * Gives the client components below it `locale` and the message namespaces they use — and nothing
 * else: whatever a provider holds is serialized into the page's HTML. Providers do not merge, so list
 * every namespace the client components inside call `useTranslations` with ("common" for the locale
 * switcher and the logout button). A missing namespace fails loudly in development and in the e2e tests.
 */
export function ClientMessages({
  locale,
  namespaces,
  children,
}: {
  locale: Locale;
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={pickMessages(locale, namespaces)}>
      {children}
    </IntlProvider>
  );
}
