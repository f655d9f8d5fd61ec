import { IntentLink } from "@/components/ui/intent-link";
import { buttonStyles } from "@/components/ui/button-styles";
import { getTranslator, type Locale } from "@/lib/i18n";
import type { DashboardOverview } from "@/server/dashboard/get-dashboard-overview";
import { AssembliesList } from "./assemblies-list";
import { DuesChartCard, QuorumChartCard, VotesChartCard } from "./charts/chart-cards";
import { KpiCards } from "./kpi-cards";

function assemblyHref(id: string) {
  return `/dashboard/admin-ph/assemblies/${id}`;
}

/** Title of the overview and, for an administrator, the way to convene an assembly. */
export function OverviewHeader({
  locale,
  interactive = false,
  personName,
}: {
  locale: Locale;
  interactive?: boolean;
  /** The signed-in person's name, greeted above the title when known. */
  personName?: string | null;
}) {
  const t = getTranslator(locale, "overview");
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        {personName ? (
          <p className="text-base font-medium text-slate-700" data-testid="greeting">
            {t("greeting", { name: personName })}
          </p>
        ) : null}
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      {interactive ? (
        <IntentLink href="/dashboard/admin-ph/assemblies/new" className={buttonStyles("primary")}>
          {t("newAssembly")}
        </IntentLink>
      ) : null}
    </div>
  );
}

/**
 * KPIs, then the charts (quorum per assembly, dues, the last votes) and the recent assemblies.
 * `interactive` links assemblies to their pages (the admin dashboard; not the read-only public demo).
 */
export function OverviewBody({
  locale,
  overview,
  credits,
  interactive = false,
}: {
  locale: Locale;
  overview: DashboardOverview;
  credits: number;
  interactive?: boolean;
}) {
  const href = interactive ? assemblyHref : undefined;
  return (
    <div className="flex flex-col gap-6">
      <KpiCards locale={locale} overview={overview} credits={credits} assemblyHref={href} />
      <div className="grid gap-6 lg:grid-cols-3">
        <QuorumChartCard locale={locale} points={overview.charts.quorum} className="lg:col-span-2" />
        <DuesChartCard locale={locale} dues={overview.charts.dues} />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <VotesChartCard locale={locale} votes={overview.charts.votes} className="lg:col-span-2" />
        <AssembliesList locale={locale} assemblies={overview.assemblies} assemblyHref={href} />
      </div>
    </div>
  );
}

/** The whole overview in one piece (the public demo renders it as is). */
export function OverviewContent(props: { locale: Locale; overview: DashboardOverview; credits: number; interactive?: boolean }) {
  return (
    <>
      <OverviewHeader locale={props.locale} interactive={props.interactive} />
      <OverviewBody {...props} />
    </>
  );
}
