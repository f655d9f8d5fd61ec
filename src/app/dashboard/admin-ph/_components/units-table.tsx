import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";

/** Units with their coefficient, dues status and residents. */
export function UnitsTable({ locale, units }: { locale: Locale; units: DashboardOverview["units"] }) {
  const t = getTranslator(locale, "dashboard");
  return (
    <section aria-labelledby="units-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="units-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold text-slate-900">
        {t("units")} ({units.length})
      </h2>
      <div className="max-h-[32rem] overflow-auto">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">{t("unit")}</th>
              <th scope="col" className="px-4 py-2">{t("tower")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("area")}</th>
              <th scope="col" className="px-4 py-2 text-right">{t("coefficient")}</th>
              <th scope="col" className="px-4 py-2">{t("dues")}</th>
              <th scope="col" className="px-4 py-2">{t("residents")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {units.map((unit) => (
              <tr key={unit.id} data-testid="unit-row">
                <td className="px-4 py-2 font-medium text-slate-900">{unit.number}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-700">{unit.tower}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatNumber(locale, unit.areaM2, 2)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatPercent(locale, unit.coefficient, 4)}</td>
                <td className="px-4 py-2">
                  <span className={unit.duesStatus === "in_arrears" ? "whitespace-nowrap rounded bg-red-100 px-2 py-0.5 text-red-800" : "whitespace-nowrap rounded bg-emerald-100 px-2 py-0.5 text-emerald-800"}>
                    {unit.duesStatus === "in_arrears" ? t("duesInArrears") : t("duesUpToDate")}
                  </span>
                </td>
                <td className="px-4 py-2 text-slate-700">
                  {unit.residents.map((r) => (
                    <div key={r.id}>
                      {r.fullName} <span className="text-xs text-slate-500">({r.type === "owner" ? t("owner") : t("tenant")})</span>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
