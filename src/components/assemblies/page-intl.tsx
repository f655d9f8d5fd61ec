import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import type { Locale, Namespace } from "@/lib/i18n";

/** What the assemblies pages' client components (forms, votes, attendance, closing) read. */
const ASSEMBLY_NAMESPACES: readonly Namespace[] = ["common", "assemblies", "forms", "errors", "api"];

/**
 * Gives the client components of a dashboard page the page's own locale (`renderDemoPage` weighs the
 * organization's language, which the visitor's cookie and Accept-Language alone do not) and the message
 * namespaces they use: the assemblies' by default, or `namespaces`.
 */
export function PageIntl({
  locale,
  namespaces = ASSEMBLY_NAMESPACES,
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
