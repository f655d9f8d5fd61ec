import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";

/** The overview's headline numbers. */
export function KpiCards({ locale, overview, credits }: { locale: Locale; overview: DashboardOverview; credits: number }) {
  const t = getTranslator(locale, "dashboard");
  const cards = [
    { label: t("kpiUnits"), value: formatNumber(locale, overview.unitCount) },
    { label: t("kpiResidents"), value: formatNumber(locale, overview.residentCount) },
    { label: t("kpiCredits"), value: formatNumber(locale, credits) },
    { label: t("kpiNextAssembly"), value: overview.nextAssembly ? formatDate(locale, overview.nextAssembly.scheduledAt) : t("none") },
    { label: t("kpiLastQuorum"), value: overview.lastQuorumPercent ? formatPercent(locale, overview.lastQuorumPercent) : t("none") },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
      {cards.map((card) => (
        <div key={card.label} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{card.label}</dt>
          <dd className="mt-1 text-xl font-semibold text-slate-900">{card.value}</dd>
        </div>
      ))}
    </dl>
  );
}
