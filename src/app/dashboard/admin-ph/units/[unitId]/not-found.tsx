import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator } from "@/lib/i18n";
import { getRequestLocale } from "@/server/i18n/get-request-locale";
import { UNITS_PATH } from "../_components/units-query";

// The 404 of a unit id that is malformed, unknown or another organization's: the same page for all three.
export default async function UnitNotFound() {
  const t = getTranslator(await getRequestLocale(), "units");
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-50 px-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <p className="text-sm font-semibold text-slate-600">404</p>
        <h1 className="mt-2 text-xl font-semibold text-slate-900">{t("notFoundTitle")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("notFoundBody")}</p>
        <Link href={UNITS_PATH} className={`${buttonStyles("primary", "md")} mt-6`}>
          {t("backToUnits")}
        </Link>
      </div>
    </main>
  );
}
