/** Locale-aware formatting shared by server and client components. Times shown in Colombia's zone. */
import type { Locale } from "./i18n";
import { APP_TIME_ZONE } from "./time-zone";

function intlLocale(locale: Locale) {
  return locale === "es" ? "es-CO" : "en-US";
}

// Building an Intl formatter costs far more than using one (locale data, time-zone rules): a page of
// dates made one per call spent most of its render there. Each (locale, options) pair is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: APP_TIME_ZONE })));
  return format;
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format;
}

/** "12 de marzo de 2026" / "Mar 12, 2026". */
export function formatDate(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { dateStyle: "long" }).format(new Date(value));
}

/**
 * A percentage given in percent units, `digits` decimals, written the one way the whole product writes
 * it (screens, charts, minutes): Spanish puts a space before the sign and a decimal comma ("72.4" →
 * "72,4 %", the Real Academia's and ICONTEC's usage), English neither ("72.4%").
 */
export function formatPercent(locale: Locale, value: number | string, digits = 2): string {
  const number = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value));
  return locale === "es" ? `${number} %` : `${number}%`;
}

/** A plain number with the locale's separators. */
export function formatNumber(locale: Locale, value: number | string, digits = 0): string {
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(Number(value));
}

/** "12 de marzo de 2026, 7:00 p. m." / "March 12, 2026 at 7:00 PM". */
export function formatDateTime(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { dateStyle: "long", timeStyle: "short" }).format(new Date(value));
}

/** "7:00 p. m." / "7:00 PM". */
export function formatTime(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { timeStyle: "short" }).format(new Date(value));
}

/** "12 mar 2026" / "Mar 12, 2026": compact, for cards, tables and tooltips. */
export function formatShortDate(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(value));
}

/** "12 de mar" / "Mar 12": a day of the coming weeks, where the year goes without saying. */
export function formatDayMonth(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { day: "numeric", month: "short" }).format(new Date(value));
}

/** "mar 2026" / "Mar 2026": a month on a chart axis. */
export function formatMonth(locale: Locale, value: Date | string): string {
  return dateFormat(locale, { month: "short", year: "numeric" }).format(new Date(value));
}

/** Whole Colombian pesos: "$ 315.000" (es) / "COP 315,000" (en). */
export function formatCop(locale: Locale, pesos: number): string {
  return numberFormat(locale, { style: "currency", currency: "COP", maximumFractionDigits: 0 }).format(pesos);
}
