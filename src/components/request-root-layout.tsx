import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import type { Namespace } from "@/lib/i18n";
import { getUiLocale } from "@/server/i18n/get-request-locale";
import { RootDocument, rootMetadata } from "./root-document";

/**
 * Root layout of the sections rendered per request: the locale from the visitor's choice, the demo's
 * setting and Accept-Language (`getUiLocale`), and `namespaces` of the catalogue for the client
 * components of the whole section (pages give theirs their own set with `ClientMessages`). With no
 * namespaces there is no provider, and no i18n code reaches the browser.
 */
export async function RequestRootLayout({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const locale = await getUiLocale();
  return (
    <RootDocument locale={locale}>
      {namespaces.length ? (
        <ClientMessages locale={locale} namespaces={namespaces}>
          {children}
        </ClientMessages>
      ) : (
        children
      )}
    </RootDocument>
  );
}

/** `rootMetadata` in the request's UI locale. */
export async function requestRootMetadata(): Promise<Metadata> {
  return rootMetadata(await getUiLocale());
}
