import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import type { OrganizationSummary } from "@/server/tenancy/resolve-demo-org";
import { AssembliesList } from "./assemblies-list";
import { KpiCards } from "./kpi-cards";
import { UnitsTable } from "./units-table";

/**
 * The PH admin overview for one organization: header, KPIs, units and assemblies. Shared by the
 * private demo dashboard and the read-only public demo; `banner` and `actions` differ between them.
 */
export function DashboardView(props: {
  locale: Locale;
  organization: OrganizationSummary;
  overview: DashboardOverview;
  banner: ReactNode;
  actions: ReactNode;
}) {
  const { locale, organization, overview } = props;
  const t = getTranslator(locale, "dashboard");
  return (
    <div style={{ "--brand": organization.themeColor } as React.CSSProperties} className="min-h-screen bg-slate-50">
      {props.banner}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-[var(--brand)]">{t("title")}</p>
            <h1 className="text-2xl font-bold text-slate-900">{organization.name}</h1>
          </div>
          <div className="flex items-center gap-3">{props.actions}</div>
        </div>
      </header>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6">
        <KpiCards locale={locale} overview={overview} credits={organization.assemblyCredits} />
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <UnitsTable locale={locale} units={overview.units} />
          <AssembliesList locale={locale} assemblies={overview.assemblies} />
        </div>
      </main>
    </div>
  );
}
