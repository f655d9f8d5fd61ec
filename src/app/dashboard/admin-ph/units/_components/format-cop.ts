import type { Locale } from "@/lib/i18n";

/** Whole Colombian pesos: "$ 315.000" (es) / "COP 315,000" (en). */
export function formatCop(locale: Locale, pesos: number): string {
  return new Intl.NumberFormat(locale === "es" ? "es-CO" : "en-US", {
    style: "currency",
    currency: "COP",
    maximumFractionDigits: 0,
  }).format(pesos);
}
