import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { AssembliesList } from "./assemblies-list";
import { KpiCards } from "./kpi-cards";
import { UnitsTable } from "./units-table";

/** The overview's body: KPIs, then units and assemblies side by side. */
export function OverviewContent({ locale, overview, credits }: { locale: Locale; overview: DashboardOverview; credits: number }) {
  return (
    <>
      <h1 className="text-xl font-semibold text-slate-900">{getTranslator(locale, "dashboard")("navOverview")}</h1>
      <KpiCards locale={locale} overview={overview} credits={credits} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <UnitsTable locale={locale} units={overview.units} />
        <AssembliesList locale={locale} assemblies={overview.assemblies} />
      </div>
    </>
  );
}
