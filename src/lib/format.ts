/** Locale-aware formatting shared by server and client components. Times shown in Colombia's zone. */
import type { Locale } from "./i18n";

export const APP_TIME_ZONE = "America/Bogota";

const intlLocale = (locale: Locale) => (locale === "es" ? "es-CO" : "en-US");

/** "12 de marzo de 2026" / "Mar 12, 2026". */
export function formatDate(locale: Locale, value: Date | string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: APP_TIME_ZONE }).format(new Date(value));
}

/** A percentage given in percent units ("62.5" → "62,50 %"), `digits` decimals. */
export function formatPercent(locale: Locale, value: number | string, digits = 2): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value) / 100);
}

/** A plain number with the locale's separators. */
export function formatNumber(locale: Locale, value: number | string, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value));
}
