"use client";

import { useLocale, useTranslations } from "use-intl";
import { defaultLocale, isLocale, type Locale, messagesByLocale } from "@/lib/i18n";

type AssemblyKey = keyof (typeof messagesByLocale)["es"]["assemblies"];

function isAssemblyKey(key: string): key is AssemblyKey {
  return Object.hasOwn(messagesByLocale.es.assemblies, key);
}

/** The page's locale as a `Locale` (the provider always holds one; Spanish otherwise). */
export function usePageLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : defaultLocale;
}

/**
 * Turns a field error of the assembly schemas (an `assemblies` message key such as "invalidTitle",
 * from zod on the client or from the API's `fields`) into text; anything else reads "Revisa este campo".
 */
export function useAssemblyMessage(): (key: string) => string {
  const t = useTranslations("assemblies");
  return (key) => (isAssemblyKey(key) ? t(key) : t("invalidForm"));
}
