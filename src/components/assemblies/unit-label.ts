import { getTranslator, type Locale } from "@/lib/i18n";

/** "Torre A · apto. 101" / "Torre A · apt. 101". */
export function unitLabel(locale: Locale, unit: { tower: string; number?: string; unitNumber?: string }): string {
  return getTranslator(locale, "assemblies")("unitLabel", { tower: unit.tower, number: unit.number ?? unit.unitNumber ?? "" });
}
