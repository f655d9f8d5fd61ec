import { codeLabel } from "@/components/admin/labels";
import { AdminShell } from "@/components/admin/admin-shell";
import { demosPerDayColors } from "@/components/admin/chart-palette";
import { DemosPerDayChart } from "@/components/admin/demos-per-day-chart";
import { formatDay, type RawSearchParams, withDayRange } from "@/components/admin/format";
import { ConsoleFilters, countColumn, Panel } from "@/components/admin/ui";
import { ChartCard, LegendSwatch } from "@/app/dashboard/admin-ph/_components/charts/chart-card";
import { AnalyticsEngagement } from "@/components/engagement/analytics-engagement";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatList } from "@/components/ui/stat-list";
import { inputFilter } from "@/components/ui/filter-form";
import { formatNumber, formatPercent } from "@/lib/format";
import { getTranslator } from "@/lib/i18n";
import { analyticsQuerySchema } from "@/lib/schemas/admin";
import { getAnalytics } from "@/server/admin/get-analytics";
import { openConsolePage } from "../_lib/require-admin";

// GET /admin/analytics — demos per day, funnel conversion (also per UTM source and campaign), time to first login,
// usage per scenario and cap hits for a date range.
export default async function AdminAnalyticsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const { admin, locale, params } = await openConsolePage("/admin/analytics", searchParams);
  const t = getTranslator(locale, "admin");
  const analytics = await getAnalytics(analyticsQuerySchema.parse(withDayRange(params)));
  const { funnel } = analytics;
  const steps = [
    { key: "leads", label: t("funnelLeads"), value: funnel.leads },
    { key: "demo", label: t("funnelDemo"), value: funnel.demo },
    { key: "firstLogin", label: t("funnelFirstLogin"), value: funnel.firstLogin },
    { key: "activeTwoDays", label: t("funnelActiveTwoDays"), value: funnel.activeTwoDays },
    { key: "converted", label: t("funnelConverted"), value: funnel.converted },
  ];
  const totalCreated = analytics.perDay.reduce((sum, d) => sum + d.demosCreated, 0);
  const lastInstant = new Date(analytics.to.getTime() - 1);

  const scenarioColumns: Column<(typeof analytics.byScenario)[number]>[] = [
    { key: "scenario", header: t("colScenario"), className: "font-medium", cell: (row) => codeLabel(locale, "scenario", row.scenario) },
    countColumn(locale, "demosCreated", t("demosCreated"), undefined, (row) => row.demosCreated),
    countColumn(locale, "logins", t("colLogins"), undefined, (row) => row.logins),
    countColumn(locale, "pageViews", t("colPageViews"), undefined, (row) => row.pageViews),
    {
      key: "features",
      header: t("featureUsage"),
      className: "text-xs",
      cell: (row) =>
        row.featureUsage.length > 0
          ? row.featureUsage.map((f) => `${codeLabel(locale, "feature", f.feature)}: ${formatNumber(locale, f.count)}`).join(" · ")
          : "—",
    },
  ];

  return (
    <AdminShell locale={locale} section="analytics" adminEmail={admin.email} title={t("analyticsTitle")}>
      <ConsoleFilters
        locale={locale}
        path="/admin/analytics"
        range
        fields={[inputFilter("date", "from", t("from"), params.from ?? ""), inputFilter("date", "to", t("to"), params.to ?? "")]}
      >
        <p className="ml-auto text-sm text-slate-600" data-testid="analytics-range">
          {t("rangeShown", { from: formatDay(locale, analytics.from), to: formatDay(locale, lastInstant) })}
        </p>
      </ConsoleFilters>

      <StatList
        look="kpi"
        className="grid grid-cols-2 gap-4 md:grid-cols-4"
        items={[
          { label: t("demosCreated"), value: formatNumber(locale, totalCreated), testId: "kpi-demos-created" },
          { label: t("activeNow"), value: formatNumber(locale, analytics.activeNow), testId: "kpi-active-now" },
          { label: t("capHits"), value: formatNumber(locale, analytics.capHits), testId: "kpi-cap-hits" },
          { label: t("funnelLeads"), value: formatNumber(locale, funnel.leads), testId: "kpi-leads" },
        ]}
      />

      <ChartCard
        id="chart-demos-per-day"
        title={t("demosPerDayTitle")}
        description={t("demosPerDayDescription")}
        summary={t("demosPerDaySummary", { demos: totalCreated, caps: analytics.capHits, days: analytics.perDay.length })}
        legend={
          <p className="mt-3 flex flex-wrap gap-4 text-sm text-slate-700">
            <LegendSwatch color={demosPerDayColors.demosCreated}>{t("demosCreated")}</LegendSwatch>
            <LegendSwatch color={demosPerDayColors.capHits}>{t("capHits")}</LegendSwatch>
          </p>
        }
      >
        <DemosPerDayChart data={analytics.perDay} />
      </ChartCard>

      <Panel title={t("funnelTitle")} testId="funnel">
        <p className="mb-3 text-sm text-slate-600">{t("funnelDescription")}</p>
        <ol className="flex flex-col gap-2">
          {steps.map((step, i) => {
            const previous = i > 0 ? steps[i - 1]!.value : null;
            const width = funnel.leads > 0 ? (step.value / funnel.leads) * 100 : 0;
            return (
              <li key={step.key} className="grid grid-cols-[10rem_1fr_auto] items-center gap-3 text-sm" data-testid={`funnel-${step.key}`}>
                <span className="text-slate-700">{step.label}</span>
                <span className="h-6 rounded bg-slate-100" aria-hidden="true">
                  <span className="block h-6 rounded bg-blue-600" style={{ width: `${width}%` }} />
                </span>
                <span className="w-40 text-right text-slate-900 tabular-nums">
                  <strong>{formatNumber(locale, step.value)}</strong>
                  {previous !== null ? (
                    <span className="ml-2 text-xs text-slate-600">
                      {previous > 0 ? t("ofPrevious", { percent: formatPercent(locale, (step.value / previous) * 100, 0) }) : "—"}
                    </span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      </Panel>

      <AnalyticsEngagement locale={locale} bySource={analytics.bySource} timeToFirstLogin={analytics.timeToFirstLogin} />

      <section className="flex flex-col gap-3">
        <h2 className="text-base font-semibold text-slate-900">{t("byScenarioTitle")}</h2>
        <DataTable caption={t("byScenarioTitle")} columns={scenarioColumns} rows={analytics.byScenario} rowKey={(row) => row.scenario} />
      </section>

      <Panel title={t("featureUsage")}>
        {analytics.featureUsage.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noFeatureUsage")}</p>
        ) : (
          <ul className="flex flex-col gap-1.5">
            {analytics.featureUsage.map((f) => (
              <li key={f.feature} className="grid grid-cols-[minmax(0,12rem)_1fr_auto] items-center gap-3 text-sm">
                <span className="text-slate-700">{codeLabel(locale, "feature", f.feature)}</span>
                <span className="h-4 rounded bg-slate-100" aria-hidden="true">
                  <span
                    className="block h-4 rounded bg-emerald-600"
                    style={{ width: `${(f.count / analytics.featureUsage[0]!.count) * 100}%` }}
                  />
                </span>
                <span className="tabular-nums">{formatNumber(locale, f.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </AdminShell>
  );
}
