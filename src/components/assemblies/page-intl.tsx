import type { ReactNode } from "react";
import { IntlProvider } from "@/components/intl-provider";
import { type Locale, messagesByLocale } from "@/lib/i18n";

/**
 * Gives the client components of a dashboard page the page's own locale. The root layout picks the
 * locale from the cookie and Accept-Language only; dashboard pages also weigh the organization's
 * language (`renderDemoPage`), and the two must not disagree on one screen.
 */
export function PageIntl({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messagesByLocale[locale]}>
      {children}
    </IntlProvider>
  );
}
