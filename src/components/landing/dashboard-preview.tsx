import { StatList } from "@/components/ui/stat-list";
import type { Locale } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n";

type DashboardPreviewProps = { locale: Locale };

/** Sample rows in the spirit of the "Urban Tower" scenario; a picture, not data. */
const sampleUnits = [
  { unit: "A-101", coefficient: 0.0212, upToDate: true },
  { unit: "A-102", coefficient: 0.0198, upToDate: false },
  { unit: "B-304", coefficient: 0.0235, upToDate: true },
];

/** A drawing of the admin dashboard for the landing page, exposed to assistive tech as one image. */
export function DashboardPreview({ locale }: DashboardPreviewProps) {
  const t = getTranslator(locale, "dashboard");
  const tLanding = getTranslator(locale, "landing");
  const tCommon = getTranslator(locale, "common");
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 });

  const kpis = [
    { label: t("kpiUnits"), value: "50" },
    { label: t("kpiCredits"), value: "1" },
    { label: t("kpiLastQuorum"), value: percent.format(0.724) },
  ];

  return (
    <div
      role="img"
      aria-label={tLanding("previewLabel")}
      className="rounded-2xl border border-slate-200 bg-white/90 p-5 shadow-xl ring-1 shadow-slate-900/10 ring-slate-900/5 backdrop-blur"
    >
      <div className="flex items-center justify-between">
        <p className="font-semibold text-slate-900">P.H. Urban Tower</p>
        <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-bold tracking-wide text-amber-800">
          {tCommon("demoBadge")}
        </span>
      </div>

      <StatList items={kpis} look="preview" className="mt-4 grid grid-cols-3 gap-3" />

      <div className="mt-4 h-2 overflow-hidden rounded-full bg-slate-100">
        <div className="bg-brand h-full w-[72.4%] rounded-full" />
      </div>

      <table className="mt-4 w-full text-left text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            <th className="py-1.5 font-medium">{t("unit")}</th>
            <th className="py-1.5 font-medium">{t("coefficient")}</th>
            <th className="py-1.5 text-right font-medium">{t("dues")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sampleUnits.map((row) => (
            <tr key={row.unit}>
              <td className="py-2 font-medium text-slate-800">{row.unit}</td>
              <td className="py-2 text-slate-600 tabular-nums">{percent.format(row.coefficient)}</td>
              <td className="py-2 text-right">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${
                    row.upToDate ? "bg-emerald-50 text-emerald-700" : "bg-rose-50 text-rose-700"
                  }`}
                >
                  {row.upToDate ? t("duesUpToDate") : t("duesInArrears")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
