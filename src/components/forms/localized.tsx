import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import type { Locale, Namespace } from "@/lib/i18n";

/** What the units, residents and settings forms read. */
const FORM_NAMESPACES: readonly Namespace[] = ["common", "forms", "errors", "api", "dashboard", "units", "residentForm", "settingsPage"];

/**
 * Gives client components below it the page's locale (dashboard pages also honour the organization's
 * locale, `renderDemoPage`, so their forms speak the language of the server-rendered text around them)
 * and the message namespaces the forms use, or `namespaces`.
 */
export function Localized({
  locale,
  namespaces = FORM_NAMESPACES,
  children,
}: {
  locale: Locale;
  namespaces?: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <ClientMessages locale={locale} namespaces={namespaces}>
      {children}
    </ClientMessages>
  );
}
