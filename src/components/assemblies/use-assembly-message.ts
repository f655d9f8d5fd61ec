"use client";

import { useLocale, useTranslations } from "use-intl";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages.es";

type AssemblyKey = keyof Messages["assemblies"];

/** The page's locale as a `Locale` (the provider always holds one; Spanish otherwise). */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/**
 * Turns a field error of the assembly schemas (an `assemblies` message key such as "invalidTitle",
 * from zod on the client or from the API's `fields`) into text; anything else reads "Revisa este campo".
 * The key is looked up in the provider's messages: importing the catalogues here would ship both
 * languages' whole catalogue to every assemblies page (docs/performance.md).
 */
export function useAssemblyMessage(): (key: string) => string {
  const t = useTranslations("assemblies");
  return (key) => (t.has(key as AssemblyKey) ? t(key as AssemblyKey) : t("invalidForm"));
}
