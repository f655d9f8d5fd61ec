import { defaultLocale, isLocale, type Locale } from "@/lib/i18n";

/** The props Next passes to the pages and layouts under src/app/[locale]. */
export type LocaleParams = { params: Promise<{ locale: string }> };

/** The segment's language; other values never get here (`dynamicParams = false` answers 404). */
export async function localeOf({ params }: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  return isLocale(locale) ? locale : defaultLocale;
}
