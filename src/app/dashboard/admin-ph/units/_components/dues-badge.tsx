import { getTranslator, type Locale } from "@/lib/i18n";
import type { DuesStatusValue } from "@/lib/schemas/units";

/** "Al día" (green, ✓) / "En mora" (red, !): colour plus a symbol, so it does not rely on colour alone. */
export function DuesBadge({ locale, status }: { locale: Locale; status: DuesStatusValue }) {
  const t = getTranslator(locale, "dashboard");
  const arrears = status === "in_arrears";
  return (
    <span
      className={
        arrears
          ? "inline-flex items-center gap-1 rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-red-800 ring-1 ring-red-200"
          : "inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-emerald-800 ring-1 ring-emerald-200"
      }
    >
      <span aria-hidden="true">{arrears ? "!" : "✓"}</span>
      {arrears ? t("duesInArrears") : t("duesUpToDate")}
    </span>
  );
}
