import type { ReactNode } from "react";
import { IntlProvider } from "@/components/intl-provider";
import { type Locale, messagesByLocale } from "@/lib/i18n";

/**
 * Gives client components below it the page's locale. The root layout's provider follows the cookie
 * and Accept-Language only; dashboard pages also honour the organization's locale (`renderDemoPage`),
 * so their forms must speak the same language as the server-rendered text around them.
 */
export function Localized({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <IntlProvider locale={locale} messages={messagesByLocale[locale]}>
      {children}
    </IntlProvider>
  );
}
