"use client";

import type { ReactNode } from "react";
import { IntlProvider as UseIntlProvider } from "use-intl";
import type { Locale } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages.es";
import { APP_TIME_ZONE } from "@/lib/time-zone";

type IntlProviderProps = { locale: Locale; messages: Partial<Messages>; children: ReactNode };

/**
 * Makes `useTranslations` / `useFormatter` from "use-intl" work in client components. Server components
 * render it through `ClientMessages` (src/components/client-messages.tsx) with the locale and only the
 * namespaces the client components below them use.
 */
export function IntlProvider({ locale, messages, children }: IntlProviderProps) {
  return (
    <UseIntlProvider locale={locale} messages={messages} timeZone={APP_TIME_ZONE}>
      {children}
    </UseIntlProvider>
  );
}

// Type-checks every `t("…")` key against the Spanish messages (use-intl's documented augmentation;
// declaration merging is the one place that needs an `interface`).
declare module "use-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
